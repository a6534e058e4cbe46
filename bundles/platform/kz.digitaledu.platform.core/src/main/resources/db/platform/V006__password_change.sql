-- An account whose password someone else chose (a school's import) must choose its own at the next sign-in.
ALTER TABLE edu_account ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
