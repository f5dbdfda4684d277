-- Working-day calendar (clock module): one row per imported year (国务院办公厅 holiday notice or an
-- unofficial placeholder), and the special days of each year's file: days off (HOLIDAY) and
-- weekend days that are working days (ADJUSTED_WORKDAY). Every other day is Mon-Fri working.
CREATE TABLE calendar_year (
    calendar_year INT NOT NULL PRIMARY KEY,
    official BOOLEAN NOT NULL,
    source VARCHAR(500) NOT NULL,
    imported_at TIMESTAMP(6) NOT NULL,
    imported_by VARCHAR(64) NOT NULL,
    version INT NOT NULL
);

CREATE TABLE calendar_day (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    calendar_year INT NOT NULL,
    special_date DATE NOT NULL,
    day_kind VARCHAR(20) NOT NULL,
    name VARCHAR(64) NOT NULL,
    CONSTRAINT uq_calendar_day UNIQUE (calendar_year, special_date),
    CONSTRAINT fk_calendar_day_year FOREIGN KEY (calendar_year) REFERENCES calendar_year (calendar_year)
);
CREATE INDEX ix_calendar_day_date ON calendar_day (special_date);
