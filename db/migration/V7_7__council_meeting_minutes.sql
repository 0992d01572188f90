-- Each council meeting names its own Biên bản. When the council meets again after a return, the new
-- meeting gets a new Biên bản; telling the two apart by timestamps failed when both fell in the same
-- second.
ALTER TABLE council_meeting ADD COLUMN minutes_document_id BIGINT NULL;
