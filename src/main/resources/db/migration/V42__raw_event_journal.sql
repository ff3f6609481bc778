-- A datagram's number in the trap port's journal (issue 18): what the archive has is found by it after a crash, so
-- that the journal's datagrams are archived exactly once. BRIN: the numbers grow with the rows' order of arrival, so
-- a range of block summaries finds the newest ones at almost no cost to the inserts (a B-tree would be a third index
-- maintained per trap).
alter table raw_event add column journal_seq bigint;
create index raw_event_journal on raw_event using brin (journal_seq);
