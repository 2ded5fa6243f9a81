"""Reports: the start page's overview and the annual report (docs/REPORTS.md)."""

from kidesk.services.reports.annual import annual_report, build_report, check_period, year_period
from kidesk.services.reports.model import (
    AnnualReport,
    Cell,
    Chart,
    DetailTable,
    Headline,
    RecordRef,
    ReportTable,
    Trace,
    format_value,
)

__all__ = [
    "AnnualReport",
    "Cell",
    "Chart",
    "DetailTable",
    "Headline",
    "RecordRef",
    "ReportTable",
    "Trace",
    "annual_report",
    "build_report",
    "check_period",
    "format_value",
    "year_period",
]
