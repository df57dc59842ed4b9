-- When the publisher last built a list, whether it published, held or found nothing new: the schedule counts
-- from this, so an unchanged list is rebuilt once per interval rather than on every tick after it.
ALTER TABLE publish_state ADD COLUMN last_built_at timestamptz;
