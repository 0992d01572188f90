-- The specialist sends the round's candidates to the council (the Tờ trình): from then on units can
-- no longer add, correct or withdraw proposals and the specialist can no longer return one.
ALTER TABLE award_round
    ADD COLUMN sent_to_council_at DATETIME(3);
