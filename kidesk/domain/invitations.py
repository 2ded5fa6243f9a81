"""Who gets an invitation for an event — by letter and by e-mail — in one place.

The letter rule serves the paperwork panel, the print service and ``kidesk print
invitations``; the mail rule serves "Per E-Mail senden" and "Adressen kopieren".

The rule: **everyone on the list who is still expected or came — guests and helpers — except
the speakers**, i.e. role ``guest`` or ``helper`` with status ``invited``, ``registered``,
``waitlisted`` or ``attended``.

Why this and not "open guests only" (what the paperwork panel once used when someone lacked
an address):

* *Speakers* are the office's guests of honour; they are written to personally, not with the
  circular that asks them to register.
* *Helpers* (volunteers working at the event) need the same date, place and programme as the
  guests, and the office sends them the same letter; leaving them out silently meant a helper
  got a letter only when everyone on the list happened to have an address.
* *Attended* people keep their letter: invitations are printed again after the event as proof
  for the funder ("Einladungsnachweis" for the Fördergeber), and a module's letter reprinted
  after check-in must not lose the people who came.
* *Declined*, *cancelled* and *no-show* people have told us (or shown) they do not come:
  no letter.

The **e-mail** goes to the same roles, but only to people still *expected* (``invited``,
``registered``, ``waitlisted``): a mail is an announcement before the event and never the
record for the funder, so people marked attended get none. Whoever gets a mail would also get
a letter, so "no e-mail address, needs a letter" always names letter recipients.

Pure: reads ``role`` and ``status`` of plain rows or ORM participations alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

#: statuses whose holders get the letter
LETTER_STATUSES = ("invited", "registered", "waitlisted", "attended")
#: roles that never get the circular letter
NO_LETTER_ROLES = ("speaker",)
#: statuses whose holders get the invitation e-mail
MAIL_STATUSES = ("invited", "registered", "waitlisted")


class ParticipantLike(Protocol):
    @property
    def role(self) -> str: ...
    @property
    def status(self) -> str: ...


P = TypeVar("P", bound=ParticipantLike)


def gets_invitation_letter(role: str, status: str) -> bool:
    """Whether a person with this role and status on an event's list gets an invitation letter."""
    return role not in NO_LETTER_ROLES and status in LETTER_STATUSES


def letter_recipients[P: ParticipantLike](participants: Iterable[P]) -> list[P]:
    """The participants who get a letter, in the given order."""
    return [p for p in participants if gets_invitation_letter(p.role, p.status)]


def gets_invitation_mail(role: str, status: str) -> bool:
    """Whether the invitation e-mail goes to a person with this role and status (see module)."""
    return gets_invitation_letter(role, status) and status in MAIL_STATUSES
