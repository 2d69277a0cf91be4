-- A calendar change recounts the applicant's remedy windows that are provisional or end on or after the first day it
-- changed (deadlines.DeadlineManagement.remedyWindowsEndingFrom): two ranges of this index per kind, instead of
-- reading every remedy window ever delivered (they stay active once the reply is delivered).
create index ix_deadline_kind_due on deadlines_entry (kind, active, provisional, due_date);
