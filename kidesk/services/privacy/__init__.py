"""Data protection (DSGVO, issue 13): consent per purpose, erasure, access, retention, audit trail.

* :mod:`.config` — purposes, validity of consent, retention rules (settings with the data)
* :mod:`.consents` — consent per purpose for every contact; the list rule exports use
* :mod:`.history` — the "Verlauf" of a record from :mod:`kidesk.db.audit`, as lines and CSV
* :mod:`.erasure` — Art. 17 erasure without traces, the register, re-applied after a restore
* :mod:`.access` — Art. 15/20: everything about one person as PDF and JSON
* :mod:`.retention` — the review list of the retention rules
* :mod:`.processing` — the Art. 30 record of processing activities
"""

from kidesk.services.privacy.config import (
    Purpose,
    RetentionRule,
    purposes,
    retention_rules,
    set_purposes,
    set_retention_months,
    set_validity_months,
    validity_months,
)
from kidesk.services.privacy.consents import (
    ContactConsents,
    FilterResult,
    LeftOut,
    contact_consents,
    give_consent,
    left_out_everywhere,
    list_filter,
    partner_rule,
    rule_in,
    withdraw_consent,
)
from kidesk.services.privacy.erasure import ErasureResult, erase_contact, reapply, register, register_of
from kidesk.services.privacy.history import HistoryLine, export_history_csv, record_history

__all__ = [
    "ContactConsents",
    "ErasureResult",
    "FilterResult",
    "HistoryLine",
    "LeftOut",
    "Purpose",
    "RetentionRule",
    "contact_consents",
    "current_user_name",
    "erase_contact",
    "export_history_csv",
    "give_consent",
    "left_out_everywhere",
    "list_filter",
    "partner_rule",
    "purposes",
    "reapply",
    "record_history",
    "register",
    "register_of",
    "retention_rules",
    "rule_in",
    "set_purposes",
    "set_retention_months",
    "set_user_name",
    "set_validity_months",
    "validity_months",
    "withdraw_consent",
]


def set_user_name(name: str | None) -> None:
    """The kidesk user name for the audit trail on a shared PC (None: the operating-system user)."""
    from kidesk.db import audit

    audit.set_actor(name)


def current_user_name() -> str:
    from kidesk.db import audit

    return audit.current_actor()
