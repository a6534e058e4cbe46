-- Pins set or removed by hand ("lesson id=1" pinned, "=0" unpinned), over the locks of the uploaded file.
ALTER TABLE tt_timetable ADD COLUMN pins ${TEXT};
