-- The xAPI pull (docs/xapi.md) matches each statement's actor to an agent by employee number, case-insensitively:
-- `lower(employee_no) = lower(?)`, which agent's UNIQUE index on employee_no cannot serve. Without this index every
-- statement scans the agent table: about 2 ms a statement at 20 000 agents, 40 s for a pull of 20 000 statements
-- (custodian-bench xapi-pull; docs/performance.md). The expression must stay exactly the query's.
CREATE INDEX IF NOT EXISTS central_agent_employee_no_lower ON agent(lower(employee_no));
