from enum import StrEnum

from ..types import unknown_member


class AccountOwnerType(StrEnum):
    BROKER = "Broker"
    COMBINED = "Combined"
    COMMUNITY_PROPERTY_ACCOUNT = "CommunityPropertyAccount"
    CORPORATE_ACCOUNT = "CorporateAccount"
    CUSTODIAL_ACCOUNT = "CustodialAccount"
    DVP_ACCOUNT = "DVPAccount"
    EMPLOYEE_ACCOUNT = "EmployeeAccount"
    ERROR_ACCOUNT = "ErrorAccount"
    ESTATE_ACCOUNT = "EstateAccount"
    FOREIGN_INDIVIDUAL = "ForeignIndividual"
    GUARDIAN_ACCOUNT = "GuardianAccount"
    INDIVIDUAL_CUSTOMER = "IndividualCustomer"
    INSTITUTIONAL_CUSTOMER = "InstitutionalCustomer"
    INVESTMENT_CLUB = "InvestmentClub"
    INVESTMENT_CLUB_ACCOUNT = "InvestmentClubAccount"
    IRA = "IRA"
    IRA_BENEFICIARY = "IRA_Beneficiary"
    IRA_ROTH = "IRA_Roth"
    IRA_SEP = "IRA_Sep"
    IRA_SIMPLE = "IRA_Simple"
    IRA_TRADITIONAL = "IRA_Traditional"
    JOINT = "Joint"
    JOINT_TENANTS_BY_ENTIRETY = "JointTenantsByEntirety"
    JOINT_TENANTS_IN_COMMON = "JointTenantsInCommon"
    JOINT_TENANTS_RIGHTS_OF_SURVIVORSHIP = "JointTenantsRightsOfSurvivorship"
    LIMITED_LIABILITY_CO = "LimitedLiabilityCo"
    MARKET_MAKING = "MarketMaking"
    MONEY_PURCHASE_OR_PROFIT_SHARING = "MoneyPurchaseOrProfitSharing"
    NON_PROFIT_ACCOUNT = "NonProfitAccount"
    OTHER_PROPRIETARY = "OtherProprietary"
    PARTNERSHIP_ACCOUNT = "PartnershipAccount"
    RESIDENT_ALIEN_ACCOUNT = "ResidentAlienAccount"
    RETIREMENT_ACCOUNT = "RetirementAccount"
    SOLE_PROPRIETOR = "SoleProprietor"
    TRANSFER_ON_DEATH_ACCOUNT = "TransferOnDeathAccount"
    TRUST_ACCOUNT = "TrustAccount"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AccountOwnerType | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
