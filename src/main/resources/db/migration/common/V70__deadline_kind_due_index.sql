-- A calendar change recounts the applicant's remedy windows that end on or after the first day it changed
-- (deadlines.DeadlineManagement.remedyWindowsEndingFrom): by kind and end, not by reading every ledger line ever kept.
create index ix_deadline_kind_due on deadlines_entry (kind, active, due_date);
