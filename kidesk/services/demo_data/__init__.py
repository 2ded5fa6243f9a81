"""The demo data set: a Kommunales Integrationszentrum (KI) in Kreis Herford, as it could be.

What it holds
-------------
* The public institutions named in widunetz's "Mitwirkende" list (towns, welfare
  associations, Kreis offices, Jobcenter …) with their general addresses, plus a venue,
  schools, a funder, and a few **fictional** migrant organisations, clubs and a company.
* The network "widunetz" (agreement signed 27.02.2008; project group since 2005).
* About 200 **fictional** people: partner staff, our own KI staff, about 100 volunteers
  and some guests. Their names are German, Turkish, Arabic, Farsi, Ukrainian and Kurdish,
  several written in Arabic, Persian or Cyrillic script, as people write them themselves.
* The qualification series "Basisqualifikation für Ehrenamtliche in der Flüchtlingshilfe"
  (12 modules, certificate from 8 attended), the thank-you event "#DANKE" with 80
  attendees, widunetz network meetings, volunteer hours over two years.

No real person appears: every name, phone extension and e-mail address of a person is
invented; e-mail domains end in ``.example`` or are ``example.org``/``.net``/``.com``.

Determinism
-----------
Everything is drawn from ``random.Random(SEED)`` in a fixed order, and every date is
computed from ``today`` (an argument; by default the real date) so that the demo always
has police certificates due soon and upcoming modules. The same ``today`` gives the same
rows, byte for byte, except the ``created_at``/``updated_at`` bookkeeping columns.

Layout
------
The fictional tables live apart from the code that fills them: ``places`` (towns, streets,
area codes), ``institutions`` (organisations, widunetz, staff jobs), ``names`` (name pools and
the picker), ``programme`` (volunteering vocabulary, modules, speakers). The code that draws
from them is split by job: ``base`` (seed, shared state, small helpers), ``people``
(organisations, network, staff, volunteers, guests), ``events`` (series, thank-you event,
meetings, hours); ``builder`` runs them in a fixed order and writes the rows.
"""

from kidesk.services.demo_data.builder import (
    POLICE_CERTIFICATE_DUE_SOON_DAYS,
    POLICE_CERTIFICATE_VALID_YEARS,
    SEED,
    DemoDataPresent,
    ensure_demo_database,
    fill_demo_data,
    police_certificate_due,
)
from kidesk.services.demo_data.institutions import KI_NAME, NETWORK_NAME
from kidesk.services.demo_data.programme import MODULES, SERIES_TITLE, THANK_YOU_TITLE

__all__ = [
    "KI_NAME",
    "MODULES",
    "NETWORK_NAME",
    "POLICE_CERTIFICATE_DUE_SOON_DAYS",
    "POLICE_CERTIFICATE_VALID_YEARS",
    "SEED",
    "SERIES_TITLE",
    "THANK_YOU_TITLE",
    "DemoDataPresent",
    "ensure_demo_database",
    "fill_demo_data",
    "police_certificate_due",
]
