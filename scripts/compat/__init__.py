"""Breaking-change report: compare a spec with an earlier version of itself (`make diff`)."""
