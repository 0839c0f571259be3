"""Trip reports, the committees that approve them, the budgets that pay, and the approval workflow."""

from reports.models.committees import Budget, Committee, ElectionPeriod
from reports.models.pages import (
    AttachedDocument,
    ExpenseLine,
    Participant,
    ReportAttachment,
    TripReportIndexPage,
    TripReportPage,
)
from reports.models.workflows import CommitteeApprovalTask, CommitteeApprovalTaskState

__all__ = [
    "AttachedDocument",
    "Budget",
    "Committee",
    "ElectionPeriod",
    "CommitteeApprovalTask",
    "CommitteeApprovalTaskState",
    "ExpenseLine",
    "Participant",
    "ReportAttachment",
    "TripReportIndexPage",
    "TripReportPage",
]
