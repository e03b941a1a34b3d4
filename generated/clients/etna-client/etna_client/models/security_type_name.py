from enum import StrEnum

from ..types import unknown_member


class SecurityTypeName(StrEnum):
    BANKERS_ACCEPTANCE = "BankersAcceptance"
    CATS_TIGERS_LIONS = "CatsTigersLions"
    CERTIFICATE_OF_DEPOSIT = "CertificateOfDeposit"
    COLLATERALIZE_MORTGAGE_OBLIGATION = "CollateralizeMortgageObligation"
    COMMERCIAL_PAPER = "CommercialPaper"
    COMMON_STOCK = "CommonStock"
    CONVERTIBLE_BOND = "ConvertibleBond"
    CORPORATE_BOND = "CorporateBond"
    CORPORATE_PRIVATE_PLACEMENT = "CorporatePrivatePlacement"
    COVERED_WARRANT = "CoveredWarrant"
    CRYPTOCURRENCY = "Cryptocurrency"
    DEPOSITORY_RECEIPT = "DepositoryReceipt"
    ETF = "ETF"
    FAKE_STOCK_FOR_NON_STANDART_OPTION = "FakeStockForNonStandartOption"
    FEDERAL_HOME_LOAN = "FederalHomeLoan"
    FEDERAL_HOUSING_AUTHORITY = "FederalHousingAuthority"
    FEDERAL_NATIONAL_MORTGAGE_ASSOCIATION = "FederalNationalMortgageAssociation"
    FOREIGN_EXCHANGE_CONTRACT = "ForeignExchangeContract"
    FUTURE = "Future"
    GOVERNMENT_BOND = "GovernmentBond"
    GOVERNMENT_NATIONAL_MORTGAGE_ASSOCIATION = "GovernmentNationalMortgageAssociation"
    INDEX = "Index"
    MISCELLANEOUS_PASS_THRU = "MiscellaneousPassThru"
    MORTGAGE_INTEREST_ONLY = "MortgageInterestOnly"
    MORTGAGE_IOETTE = "MortgageIoette"
    MORTGAGE_PRINCIPLE_ONLY = "MortgagePrincipleOnly"
    MORTGAGE_PRIVATE_PLACEMENT = "MortgagePrivatePlacement"
    MUNICIPAL_BOND = "MunicipalBond"
    MUTUAL_FUND = "MutualFund"
    NO_ISITC_SECURITY_TYPE = "NoIsitcSecurityType"
    OPTION = "Option"
    PREFERRED_STOCK = "PreferredStock"
    REPURCHASE_AGREEMENT = "RepurchaseAgreement"
    REVERSE_REPURCHASE_AGREEMENT = "ReverseRepurchaseAgreement"
    RIGHT = "Right"
    STUDENT_LOAN_MARKETING_ASSOCIATION = "StudentLoanMarketingAssociation"
    TIME_DEPOSIT = "TimeDeposit"
    TREASURIES_PLUS_AGENCY_DEBENTURE = "TreasuriesPlusAgencyDebenture"
    UNIT = "Unit"
    US_TREASURY_BILL = "UsTreasuryBill"
    WARRANT = "Warrant"
    WILDCARD_ENTRY = "WildcardEntry"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SecurityTypeName | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
