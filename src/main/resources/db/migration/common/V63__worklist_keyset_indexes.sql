-- Issue #13: the worklist pages by keyset (after=<cursor>) instead of OFFSET. Its query is a UNION ALL of short index
-- ranges, each already in the worklist's order (due date, creation time, task id): the user's own tasks, with or without
-- a step, and for each of the user's roles the unclaimed tasks, with or without a step. Each range starts at the cursor
-- and stops after one page, so the last page costs what the first does; the count reads the same ranges.
-- These replace the three indexes of V1 and V32, whose due date was not followed by the rest of the order.
-- Portable across H2 and MySQL 8.4 / MariaDB.
drop index ix_work_item_assignee on casework_work_item;
drop index ix_work_item_role on casework_work_item;
drop index ix_work_item_step on casework_work_item;
create index ix_work_item_mine on casework_work_item (agency_code, assignee, due_date, created_at, task_id);
create index ix_work_item_mine_step on casework_work_item (agency_code, assignee, step, due_date, created_at, task_id);
create index ix_work_item_role on casework_work_item (agency_code, candidate_role, assignee, due_date, created_at, task_id);
create index ix_work_item_role_step on casework_work_item (agency_code, step, candidate_role, assignee, due_date,
    created_at, task_id);
