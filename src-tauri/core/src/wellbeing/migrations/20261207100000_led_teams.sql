-- The teams she leads in a mission: everyone of the register whose team is one of these is in
-- her team (the wellbeing notes are about them), as well as those marked one by one
-- (people.team_member). A team is named as the register names it (people.team); the row names
-- nobody, so it travels with the mission and outlives any one person.
CREATE TABLE led_teams (
    mission_id  INTEGER NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
    team        TEXT NOT NULL COLLATE NOCASE
                CHECK (length(team) BETWEEN 1 AND 200 AND team = trim(team)),
    PRIMARY KEY (mission_id, team)
) STRICT;
