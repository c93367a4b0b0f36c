-- An audit entry's before and after values hold whole objects as JSON. A production's brief alone may
-- hold 22,000 characters, so varchar(20000) refused valid changes; the values are now unbounded.
alter table audit_entry alter column before_value set data type text;
alter table audit_entry alter column after_value set data type text;
