-- The worklist filtered by step (GET /api/tasks?step=…) asks "assigned to me, or claimable by my roles, at this step":
-- with the step second, both halves are one short index range each (agency, step, me) and (agency, step, unclaimed,
-- role), for the page and for its count, instead of every task of the agency that is mine or my roles'.
create index ix_work_item_step on casework_work_item (agency_code, step, assignee, candidate_role, due_date);
