-- A drafting step opened because a reviewer, legal staff or the head returned the draft: the message centre counts
-- them and the worklist filters them (WorklistQuery.Filter.RETURNED).
alter table casework_work_item add column returned boolean default false not null;
