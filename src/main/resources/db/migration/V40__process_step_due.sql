-- 响应工作完成情况 counts the process steps due in a period: the engine's history has no index on the due date.
create index act_idx_hi_task_due on act_hi_taskinst (due_date_) where delete_reason_ is null;
