-- airline: A regional airline in the western United States with its airports, aircraft fleet, scheduled flights, passengers and ticket bookings.
PRAGMA foreign_keys = ON;

CREATE TABLE airports (
    airport_id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    city TEXT NOT NULL,
    state TEXT NOT NULL,
    elevation_ft INTEGER NOT NULL,
    is_hub INTEGER NOT NULL
);

CREATE TABLE aircraft (
    aircraft_id INTEGER PRIMARY KEY,
    tail_number TEXT NOT NULL UNIQUE,
    model TEXT NOT NULL,
    manufacturer TEXT NOT NULL,
    seat_capacity INTEGER NOT NULL,
    year_built INTEGER NOT NULL,
    home_airport_id INTEGER NOT NULL,
    last_maintenance_date TEXT,
    FOREIGN KEY (home_airport_id) REFERENCES airports (airport_id)
);

CREATE TABLE flights (
    flight_id INTEGER PRIMARY KEY,
    flight_number TEXT NOT NULL,
    origin_airport_id INTEGER NOT NULL,
    destination_airport_id INTEGER NOT NULL,
    aircraft_id INTEGER NOT NULL,
    flight_date TEXT NOT NULL,
    departure_time TEXT NOT NULL,
    distance_miles INTEGER NOT NULL,
    gate TEXT,
    status TEXT NOT NULL,
    delay_minutes INTEGER,
    FOREIGN KEY (origin_airport_id) REFERENCES airports (airport_id),
    FOREIGN KEY (destination_airport_id) REFERENCES airports (airport_id),
    FOREIGN KEY (aircraft_id) REFERENCES aircraft (aircraft_id)
);

CREATE TABLE passengers (
    passenger_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT,
    city TEXT NOT NULL,
    loyalty_tier TEXT
);

CREATE TABLE bookings (
    booking_id INTEGER PRIMARY KEY,
    passenger_id INTEGER NOT NULL,
    flight_id INTEGER NOT NULL,
    booking_date TEXT NOT NULL,
    fare_class TEXT NOT NULL,
    seat_number TEXT,
    fare REAL NOT NULL,
    checked_bags INTEGER NOT NULL,
    status TEXT NOT NULL,
    FOREIGN KEY (passenger_id) REFERENCES passengers (passenger_id),
    FOREIGN KEY (flight_id) REFERENCES flights (flight_id)
);

INSERT INTO airports (airport_id, code, name, city, state, elevation_ft, is_hub) VALUES (1, 'SEA', 'Seattle-Tacoma International Airport', 'Seattle', 'WA', 433, 1);
INSERT INTO airports (airport_id, code, name, city, state, elevation_ft, is_hub) VALUES (2, 'PDX', 'Portland International Airport', 'Portland', 'OR', 31, 1);
INSERT INTO airports (airport_id, code, name, city, state, elevation_ft, is_hub) VALUES (3, 'BOI', 'Boise Airport', 'Boise', 'ID', 2871, 0);
INSERT INTO airports (airport_id, code, name, city, state, elevation_ft, is_hub) VALUES (4, 'GEG', 'Spokane International Airport', 'Spokane', 'WA', 2376, 0);
INSERT INTO airports (airport_id, code, name, city, state, elevation_ft, is_hub) VALUES (5, 'PSC', 'Tri-Cities Airport', 'Pasco', 'WA', 410, 0);
INSERT INTO airports (airport_id, code, name, city, state, elevation_ft, is_hub) VALUES (6, 'YKM', 'Yakima Air Terminal', 'Yakima', 'WA', 1099, 0);
INSERT INTO airports (airport_id, code, name, city, state, elevation_ft, is_hub) VALUES (7, 'BLI', 'Bellingham International Airport', 'Bellingham', 'WA', 170, 0);
INSERT INTO airports (airport_id, code, name, city, state, elevation_ft, is_hub) VALUES (8, 'EUG', 'Eugene Airport', 'Eugene', 'OR', 374, 0);
INSERT INTO airports (airport_id, code, name, city, state, elevation_ft, is_hub) VALUES (9, 'MFR', 'Rogue Valley International-Medford Airport', 'Medford', 'OR', 1335, 0);
INSERT INTO airports (airport_id, code, name, city, state, elevation_ft, is_hub) VALUES (10, 'RDM', 'Roberts Field', 'Redmond', 'OR', 3080, 0);
INSERT INTO airports (airport_id, code, name, city, state, elevation_ft, is_hub) VALUES (11, 'SMF', 'Sacramento International Airport', 'Sacramento', 'CA', 27, 0);
INSERT INTO airports (airport_id, code, name, city, state, elevation_ft, is_hub) VALUES (12, 'RNO', 'Reno-Tahoe International Airport', 'Reno', 'NV', 4415, 0);
INSERT INTO airports (airport_id, code, name, city, state, elevation_ft, is_hub) VALUES (13, 'MSO', 'Missoula Montana Airport', 'Missoula', 'MT', 3206, 0);
INSERT INTO airports (airport_id, code, name, city, state, elevation_ft, is_hub) VALUES (14, 'BZN', 'Bozeman Yellowstone International Airport', 'Bozeman', 'MT', 4473, 0);
INSERT INTO airports (airport_id, code, name, city, state, elevation_ft, is_hub) VALUES (15, 'SLC', 'Salt Lake City International Airport', 'Salt Lake City', 'UT', 4227, 0);
INSERT INTO airports (airport_id, code, name, city, state, elevation_ft, is_hub) VALUES (16, 'SFO', 'San Francisco International Airport', 'San Francisco', 'CA', 13, 0);
INSERT INTO airports (airport_id, code, name, city, state, elevation_ft, is_hub) VALUES (17, 'ACV', 'California Redwood Coast-Humboldt County Airport', 'Arcata', 'CA', 221, 0);
INSERT INTO airports (airport_id, code, name, city, state, elevation_ft, is_hub) VALUES (18, 'FAT', 'Fresno Yosemite International Airport', 'Fresno', 'CA', 336, 0);

INSERT INTO aircraft (aircraft_id, tail_number, model, manufacturer, seat_capacity, year_built, home_airport_id, last_maintenance_date) VALUES (1, 'N603RW', 'E175', 'Embraer', 76, 2022, 3, '2023-10-25');
INSERT INTO aircraft (aircraft_id, tail_number, model, manufacturer, seat_capacity, year_built, home_airport_id, last_maintenance_date) VALUES (2, 'N541QX', 'E175', 'Embraer', 76, 2022, 1, '2023-10-08');
INSERT INTO aircraft (aircraft_id, tail_number, model, manufacturer, seat_capacity, year_built, home_airport_id, last_maintenance_date) VALUES (3, 'N449QX', 'E175', 'Embraer', 76, 2021, 2, '2024-01-18');
INSERT INTO aircraft (aircraft_id, tail_number, model, manufacturer, seat_capacity, year_built, home_airport_id, last_maintenance_date) VALUES (4, 'N601RW', 'E175', 'Embraer', 76, 2021, 2, NULL);
INSERT INTO aircraft (aircraft_id, tail_number, model, manufacturer, seat_capacity, year_built, home_airport_id, last_maintenance_date) VALUES (5, 'N403RW', 'E175', 'Embraer', 76, 2018, 1, '2023-12-16');
INSERT INTO aircraft (aircraft_id, tail_number, model, manufacturer, seat_capacity, year_built, home_airport_id, last_maintenance_date) VALUES (6, 'N614AS', 'E175', 'Embraer', 76, 2016, 1, '2024-02-04');
INSERT INTO aircraft (aircraft_id, tail_number, model, manufacturer, seat_capacity, year_built, home_airport_id, last_maintenance_date) VALUES (7, 'N470AS', 'E175', 'Embraer', 76, 2021, 4, '2023-11-06');
INSERT INTO aircraft (aircraft_id, tail_number, model, manufacturer, seat_capacity, year_built, home_airport_id, last_maintenance_date) VALUES (8, 'N603AS', 'Q400', 'De Havilland', 76, 2018, 3, NULL);
INSERT INTO aircraft (aircraft_id, tail_number, model, manufacturer, seat_capacity, year_built, home_airport_id, last_maintenance_date) VALUES (9, 'N458AS', 'Q400', 'De Havilland', 76, 2004, 1, '2024-02-25');
INSERT INTO aircraft (aircraft_id, tail_number, model, manufacturer, seat_capacity, year_built, home_airport_id, last_maintenance_date) VALUES (10, 'N663AS', 'Q400', 'De Havilland', 76, 2013, 1, '2023-09-26');
INSERT INTO aircraft (aircraft_id, tail_number, model, manufacturer, seat_capacity, year_built, home_airport_id, last_maintenance_date) VALUES (11, 'N410RW', 'Q400', 'De Havilland', 76, 2009, 2, '2023-12-25');
INSERT INTO aircraft (aircraft_id, tail_number, model, manufacturer, seat_capacity, year_built, home_airport_id, last_maintenance_date) VALUES (12, 'N566AS', 'Q400', 'De Havilland', 76, 2006, 2, '2023-12-30');
INSERT INTO aircraft (aircraft_id, tail_number, model, manufacturer, seat_capacity, year_built, home_airport_id, last_maintenance_date) VALUES (13, 'N674RW', 'CRJ700', 'Bombardier', 70, 2014, 1, '2023-11-15');
INSERT INTO aircraft (aircraft_id, tail_number, model, manufacturer, seat_capacity, year_built, home_airport_id, last_maintenance_date) VALUES (14, 'N642AS', 'CRJ700', 'Bombardier', 70, 2020, 3, '2023-09-06');
INSERT INTO aircraft (aircraft_id, tail_number, model, manufacturer, seat_capacity, year_built, home_airport_id, last_maintenance_date) VALUES (15, 'N553QX', 'CRJ700', 'Bombardier', 70, 2009, 1, '2023-11-08');
INSERT INTO aircraft (aircraft_id, tail_number, model, manufacturer, seat_capacity, year_built, home_airport_id, last_maintenance_date) VALUES (16, 'N578RW', 'ATR 72-600', 'ATR', 70, 2019, 3, '2024-02-11');
INSERT INTO aircraft (aircraft_id, tail_number, model, manufacturer, seat_capacity, year_built, home_airport_id, last_maintenance_date) VALUES (17, 'N525RW', 'ATR 72-600', 'ATR', 70, 2008, 1, NULL);
INSERT INTO aircraft (aircraft_id, tail_number, model, manufacturer, seat_capacity, year_built, home_airport_id, last_maintenance_date) VALUES (18, 'N676RW', 'E190', 'Embraer', 100, 2004, 1, '2023-10-15');
INSERT INTO aircraft (aircraft_id, tail_number, model, manufacturer, seat_capacity, year_built, home_airport_id, last_maintenance_date) VALUES (19, 'N567QX', 'E190', 'Embraer', 100, 2014, 2, NULL);

INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (1, 'QX2133', 14, 1, 14, '2024-03-01', '06:40', 541, 'B16', 'Delayed', 25);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (2, 'QX2240', 2, 16, 2, '2024-03-01', '09:10', 551, 'D13', 'Delayed', 18);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (3, 'QX2300', 4, 13, 9, '2024-03-01', '18:10', 169, 'A10', 'Delayed', 215);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (4, 'QX2049', 6, 1, 14, '2024-03-01', '19:40', 103, NULL, 'Cancelled', NULL);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (5, 'QX2049', 6, 1, 5, '2024-03-02', '09:10', 103, NULL, 'Delayed', 88);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (6, 'QX2253', 17, 2, 1, '2024-03-02', '11:45', 328, 'C16', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (7, 'QX2109', 12, 1, 14, '2024-03-02', '18:10', 564, 'B6', 'On Time', 2);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (8, 'QX2072', 1, 9, 18, '2024-03-03', '07:15', 352, 'C10', 'Delayed', 22);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (9, 'QX2013', 3, 1, 17, '2024-03-03', '07:50', 398, 'D1', 'On Time', 2);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (10, 'QX2205', 10, 2, 14, '2024-03-03', '08:30', 116, 'C7', 'Delayed', 16);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (11, 'QX2133', 14, 1, 14, '2024-03-03', '11:45', 541, 'A2', 'On Time', 9);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (12, 'QX2192', 2, 9, 17, '2024-03-03', '13:55', 223, 'C3', 'Delayed', 95);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (13, 'QX2264', 2, 18, 5, '2024-03-03', '20:55', 627, 'N7', 'Delayed', 52);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (14, 'QX2084', 1, 10, 5, '2024-03-04', '07:15', 228, NULL, 'Cancelled', NULL);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (15, 'QX2049', 6, 1, 8, '2024-03-04', '08:30', 103, 'N11', 'On Time', 12);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (16, 'QX2240', 2, 16, 15, '2024-03-04', '20:55', 551, NULL, 'Cancelled', NULL);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (17, 'QX2108', 1, 12, 10, '2024-03-04', '21:30', 564, 'N6', 'On Time', 14);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (18, 'QX2001', 2, 1, 1, '2024-03-05', '14:20', 129, 'B16', 'Delayed', 18);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (19, 'QX2217', 11, 2, 18, '2024-03-05', '18:10', 479, 'B1', 'Delayed', 34);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (20, 'QX2253', 17, 2, 11, '2024-03-06', '17:25', 328, 'D6', 'On Time', 10);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (21, 'QX2025', 4, 1, 4, '2024-03-07', '07:50', 223, 'N3', 'On Time', 10);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (22, 'QX2097', 11, 1, 11, '2024-03-07', '08:30', 606, 'N14', 'Delayed', 88);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (23, 'QX2096', 1, 11, 5, '2024-03-07', '11:45', 606, 'B1', 'Delayed', 22);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (24, 'QX2265', 18, 2, 9, '2024-03-07', '17:25', 627, 'A16', 'On Time', 4);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (25, 'QX2048', 1, 6, 9, '2024-03-08', '16:50', 103, 'C6', 'On Time', 8);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (26, 'QX2229', 12, 2, 19, '2024-03-09', '06:40', 445, 'B12', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (27, 'QX2025', 4, 1, 13, '2024-03-10', '10:25', 223, 'C3', 'On Time', 8);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (28, 'QX2289', 15, 3, 17, '2024-03-10', '10:25', 290, 'C9', 'On Time', 3);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (29, 'QX2276', 2, 4, 13, '2024-03-10', '12:30', 278, 'C1', 'On Time', 3);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (30, 'QX2217', 11, 2, 8, '2024-03-10', '16:50', 479, 'A11', 'Delayed', 52);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (31, 'QX2253', 17, 2, 3, '2024-03-10', '17:25', 328, 'B16', 'On Time', 11);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (32, 'QX2205', 10, 2, 7, '2024-03-11', '08:30', 116, 'C2', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (33, 'QX2085', 10, 1, 15, '2024-03-11', '11:45', 228, NULL, 'On Time', 11);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (34, 'QX2229', 12, 2, 4, '2024-03-11', '12:30', 445, 'C1', 'Delayed', 125);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (35, 'QX2301', 13, 4, 7, '2024-03-11', '12:30', 169, 'C4', 'On Time', 4);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (36, 'QX2037', 5, 1, 14, '2024-03-11', '17:25', 171, 'N10', 'Delayed', 25);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (37, 'QX2072', 1, 9, 8, '2024-03-11', '21:30', 352, 'C4', 'Delayed', 95);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (38, 'QX2121', 13, 1, 10, '2024-03-12', '18:10', 387, 'D8', 'On Time', 9);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (39, 'QX2277', 4, 2, 1, '2024-03-12', '19:40', 278, 'D12', 'Delayed', 65);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (40, 'QX2037', 5, 1, 15, '2024-03-12', '21:30', 171, 'D9', 'Delayed', 22);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (41, 'QX2253', 17, 2, 5, '2024-03-13', '08:30', 328, 'N13', 'On Time', 5);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (42, 'QX2156', 1, 16, 16, '2024-03-13', '09:10', 679, NULL, 'Cancelled', NULL);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (43, 'QX2180', 2, 8, 8, '2024-03-13', '16:50', 106, 'D3', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (44, 'QX2132', 1, 14, 14, '2024-03-13', '17:25', 541, 'C2', 'On Time', 4);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (45, 'QX2012', 1, 3, 4, '2024-03-14', '11:45', 398, 'A14', 'Delayed', 41);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (46, 'QX2049', 6, 1, 10, '2024-03-14', '14:20', 103, 'A16', 'On Time', 3);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (47, 'QX2036', 1, 5, 13, '2024-03-14', '16:50', 171, 'D15', 'On Time', 11);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (48, 'QX2289', 15, 3, 11, '2024-03-14', '19:40', 290, 'C12', 'On Time', 3);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (49, 'QX2193', 9, 2, 14, '2024-03-15', '13:55', 223, 'C2', 'On Time', 4);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (50, 'QX2073', 9, 1, 4, '2024-03-16', '06:05', 352, 'A12', 'On Time', 11);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (51, 'QX2133', 14, 1, 11, '2024-03-16', '06:05', 541, 'N6', 'Delayed', 74);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (52, 'QX2145', 15, 1, 19, '2024-03-16', '11:45', 688, 'D6', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (53, 'QX2277', 4, 2, 4, '2024-03-17', '10:25', 278, NULL, 'Cancelled', NULL);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (54, 'QX2025', 4, 1, 19, '2024-03-17', '13:55', 223, 'N4', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (55, 'QX2072', 1, 9, 10, '2024-03-18', '15:35', 352, 'A4', 'On Time', 2);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (56, 'QX2216', 2, 11, 6, '2024-03-19', '06:40', 479, 'N6', 'On Time', 6);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (57, 'QX2049', 6, 1, 7, '2024-03-19', '16:50', 103, NULL, 'On Time', 2);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (58, 'QX2012', 1, 3, 15, '2024-03-19', '21:30', 398, 'D5', 'On Time', 5);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (59, 'QX2037', 5, 1, 3, '2024-03-20', '13:55', 171, 'D11', 'On Time', 6);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (60, 'QX2072', 1, 9, 2, '2024-03-21', '16:50', 352, 'B9', 'Delayed', 38);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (61, 'QX2216', 2, 11, 18, '2024-03-21', '17:25', 479, 'D12', 'Delayed', 95);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (62, 'QX2096', 1, 11, 1, '2024-03-22', '06:40', 606, 'C2', 'Delayed', 125);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (63, 'QX2073', 9, 1, 9, '2024-03-22', '14:20', 352, 'B15', 'On Time', 8);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (64, 'QX2168', 2, 3, 10, '2024-03-23', '12:30', 343, 'D12', 'On Time', 2);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (65, 'QX2108', 1, 12, 14, '2024-03-23', '13:55', 564, 'C7', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (66, 'QX2133', 14, 1, 7, '2024-03-23', '20:55', 541, 'B2', 'On Time', 9);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (67, 'QX2144', 1, 15, 12, '2024-03-24', '19:40', 688, 'B11', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (68, 'QX2253', 17, 2, 4, '2024-03-25', '11:45', 328, NULL, 'Cancelled', NULL);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (69, 'QX2145', 15, 1, 1, '2024-03-25', '21:30', 688, 'C6', 'Delayed', 45);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (70, 'QX2049', 6, 1, 13, '2024-03-26', '08:30', 103, 'A6', 'On Time', 3);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (71, 'QX2180', 2, 8, 15, '2024-03-26', '17:25', 106, 'N16', 'On Time', 4);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (72, 'QX2240', 2, 16, 8, '2024-03-26', '21:30', 551, NULL, 'On Time', 7);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (73, 'QX2264', 2, 18, 16, '2024-03-27', '21:30', 627, 'C1', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (74, 'QX2276', 2, 4, 14, '2024-03-28', '09:10', 278, NULL, 'Cancelled', NULL);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (75, 'QX2277', 4, 2, 17, '2024-03-28', '10:25', 278, 'C11', 'On Time', 7);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (76, 'QX2024', 1, 4, 1, '2024-03-28', '15:35', 223, NULL, 'Cancelled', NULL);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (77, 'QX2204', 2, 10, 11, '2024-03-28', '18:10', 116, 'A7', 'On Time', 12);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (78, 'QX2229', 12, 2, 12, '2024-03-28', '18:10', 445, 'B12', 'Delayed', 95);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (79, 'QX2048', 1, 6, 10, '2024-03-28', '21:30', 103, 'N9', 'Delayed', 58);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (80, 'QX2264', 2, 18, 10, '2024-03-29', '12:30', 627, 'C4', 'Delayed', 125);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (81, 'QX2060', 1, 7, 10, '2024-03-29', '17:25', 93, 'A14', 'On Time', 7);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (82, 'QX2109', 12, 1, 6, '2024-03-29', '18:10', 564, 'A9', 'Delayed', 30);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (83, 'QX2216', 2, 11, 14, '2024-03-30', '06:40', 479, 'C7', 'Delayed', 74);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (84, 'QX2193', 9, 2, 18, '2024-03-30', '07:15', 223, 'D16', 'Delayed', 95);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (85, 'QX2048', 1, 6, 5, '2024-03-30', '09:10', 103, NULL, 'On Time', 7);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (86, 'QX2109', 12, 1, 10, '2024-03-30', '15:35', 564, 'A13', 'On Time', 9);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (87, 'QX2300', 4, 13, 1, '2024-03-30', '15:35', 169, 'D16', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (88, 'QX2109', 12, 1, 9, '2024-03-31', '06:40', 564, 'A4', 'On Time', 7);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (89, 'QX2301', 13, 4, 9, '2024-03-31', '12:30', 169, 'B5', 'On Time', 6);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (90, 'QX2000', 1, 2, 17, '2024-03-31', '18:10', 129, 'C10', 'On Time', 4);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (91, 'QX2229', 12, 2, 3, '2024-03-31', '20:55', 445, 'A8', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (92, 'QX2108', 1, 12, 3, '2024-04-01', '09:10', 564, 'D15', 'Delayed', 95);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (93, 'QX2157', 16, 1, 2, '2024-04-01', '20:55', 679, 'C7', 'On Time', 2);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (94, 'QX2216', 2, 11, 6, '2024-04-01', '21:30', 479, 'A8', 'Delayed', 125);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (95, 'QX2241', 16, 2, 14, '2024-04-02', '10:25', 551, 'C4', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (96, 'QX2109', 12, 1, 10, '2024-04-02', '14:20', 564, 'C6', 'On Time', 3);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (97, 'QX2289', 15, 3, 16, '2024-04-02', '17:25', 290, 'A5', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (98, 'QX2109', 12, 1, 5, '2024-04-03', '06:05', 564, NULL, 'Cancelled', NULL);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (99, 'QX2145', 15, 1, 12, '2024-04-03', '09:10', 688, NULL, 'On Time', 10);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (100, 'QX2276', 2, 4, 14, '2024-04-03', '12:30', 278, NULL, 'On Time', 6);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (101, 'QX2085', 10, 1, 10, '2024-04-03', '15:35', 228, 'B3', 'Delayed', 88);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (102, 'QX2060', 1, 7, 5, '2024-04-03', '20:55', 93, 'C14', 'On Time', 9);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (103, 'QX2276', 2, 4, 3, '2024-04-04', '06:05', 278, 'D15', 'On Time', 5);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (104, 'QX2145', 15, 1, 19, '2024-04-04', '16:50', 688, 'A8', 'On Time', 7);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (105, 'QX2193', 9, 2, 8, '2024-04-05', '09:10', 223, 'A1', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (106, 'QX2168', 2, 3, 8, '2024-04-05', '21:30', 343, 'B7', 'Delayed', 95);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (107, 'QX2012', 1, 3, 18, '2024-04-06', '15:35', 398, 'B5', 'Delayed', 180);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (108, 'QX2228', 2, 12, 4, '2024-04-08', '12:30', 445, 'D14', 'Delayed', 52);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (109, 'QX2168', 2, 3, 11, '2024-04-09', '07:15', 343, 'N11', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (110, 'QX2096', 1, 11, 12, '2024-04-09', '19:40', 606, 'B5', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (111, 'QX2060', 1, 7, 2, '2024-04-10', '11:45', 93, 'A9', 'On Time', 12);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (112, 'QX2013', 3, 1, 15, '2024-04-10', '17:25', 398, 'N7', 'On Time', 2);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (113, 'QX2301', 13, 4, 9, '2024-04-11', '07:50', 169, 'A1', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (114, 'QX2169', 3, 2, 3, '2024-04-11', '09:10', 343, NULL, 'Cancelled', NULL);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (115, 'QX2157', 16, 1, 2, '2024-04-11', '14:20', 679, 'D15', 'On Time', 12);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (116, 'QX2144', 1, 15, 18, '2024-04-12', '08:30', 688, 'B6', 'Delayed', 65);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (117, 'QX2289', 15, 3, 16, '2024-04-12', '11:45', 290, 'B8', 'On Time', 6);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (118, 'QX2181', 8, 2, 10, '2024-04-13', '17:25', 106, NULL, 'Delayed', 215);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (119, 'QX2264', 2, 18, 16, '2024-04-14', '07:15', 627, 'D13', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (120, 'QX2205', 10, 2, 16, '2024-04-14', '21:30', 116, 'C15', 'On Time', 8);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (121, 'QX2193', 9, 2, 3, '2024-04-15', '07:50', 223, 'N8', 'On Time', 6);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (122, 'QX2229', 12, 2, 16, '2024-04-15', '08:30', 445, 'D11', 'On Time', 7);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (123, 'QX2049', 6, 1, 15, '2024-04-15', '16:50', 103, 'C10', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (124, 'QX2240', 2, 16, 6, '2024-04-15', '16:50', 551, 'D2', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (125, 'QX2192', 2, 9, 2, '2024-04-15', '20:55', 223, 'B1', 'On Time', 10);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (126, 'QX2096', 1, 11, 15, '2024-04-18', '06:05', 606, 'B2', 'On Time', 11);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (127, 'QX2277', 4, 2, 16, '2024-04-18', '10:25', 278, 'N9', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (128, 'QX2240', 2, 16, 17, '2024-04-18', '11:45', 551, 'D2', 'On Time', 8);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (129, 'QX2000', 1, 2, 18, '2024-04-18', '21:30', 129, 'A13', 'On Time', 1);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (130, 'QX2252', 2, 17, 6, '2024-04-19', '07:50', 328, 'D3', 'On Time', 10);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (131, 'QX2012', 1, 3, 18, '2024-04-19', '15:35', 398, 'N4', 'On Time', 5);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (132, 'QX2240', 2, 16, 13, '2024-04-19', '18:10', 551, 'A16', 'Delayed', 45);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (133, 'QX2157', 16, 1, 9, '2024-04-21', '06:05', 679, 'D16', 'On Time', 9);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (134, 'QX2144', 1, 15, 8, '2024-04-21', '20:55', 688, 'D4', 'Delayed', 16);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (135, 'QX2037', 5, 1, 11, '2024-04-22', '18:10', 171, 'A2', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (136, 'QX2300', 4, 13, 16, '2024-04-23', '06:05', 169, 'C16', 'Delayed', 142);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (137, 'QX2049', 6, 1, 19, '2024-04-23', '13:55', 103, 'N3', 'Delayed', 45);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (138, 'QX2288', 3, 15, 13, '2024-04-23', '16:50', 290, 'N3', 'Delayed', 95);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (139, 'QX2300', 4, 13, 7, '2024-04-24', '06:40', 169, 'B10', 'On Time', 11);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (140, 'QX2264', 2, 18, 1, '2024-04-24', '09:10', 627, 'C6', 'On Time', 7);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (141, 'QX2036', 1, 5, 14, '2024-04-25', '08:30', 171, 'A6', 'Delayed', 41);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (142, 'QX2072', 1, 9, 14, '2024-04-25', '09:10', 352, NULL, 'On Time', 1);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (143, 'QX2145', 15, 1, 5, '2024-04-26', '16:50', 688, 'C4', 'On Time', 5);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (144, 'QX2253', 17, 2, 9, '2024-04-27', '12:30', 328, 'N8', 'On Time', 9);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (145, 'QX2061', 7, 1, 14, '2024-04-27', '13:55', 93, NULL, 'Delayed', 41);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (146, 'QX2156', 1, 16, 18, '2024-04-27', '15:35', 679, 'C7', 'Delayed', 34);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (147, 'QX2049', 6, 1, 14, '2024-04-28', '08:30', 103, 'A5', 'On Time', 12);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (148, 'QX2300', 4, 13, 4, '2024-04-28', '12:30', 169, 'D5', 'On Time', 0);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (149, 'QX2169', 3, 2, 18, '2024-04-29', '12:30', 343, 'A16', 'On Time', 1);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (150, 'QX2000', 1, 2, 11, '2024-04-29', '15:35', 129, 'B13', 'Delayed', 20);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (151, 'QX2229', 12, 2, 18, '2024-04-29', '20:55', 445, 'B9', 'Delayed', 88);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (152, 'QX2144', 1, 15, 13, '2024-04-30', '07:50', 688, 'C13', 'On Time', 8);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (153, 'QX2217', 11, 2, 16, '2024-04-30', '09:10', 479, 'A7', 'On Time', 3);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (154, 'QX2168', 2, 3, 4, '2024-04-30', '18:10', 343, 'A11', 'On Time', 1);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (155, 'QX2145', 15, 1, 18, '2024-04-30', '19:40', 688, 'N16', 'On Time', 9);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (156, 'QX2133', 14, 1, 14, '2024-04-30', '21:30', 541, 'A10', 'On Time', 11);
INSERT INTO flights (flight_id, flight_number, origin_airport_id, destination_airport_id, aircraft_id, flight_date, departure_time, distance_miles, gate, status, delay_minutes) VALUES (157, 'QX2157', 16, 1, 18, '2024-04-30', '21:30', 679, 'A7', 'On Time', 3);

INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (1, 'Freya', 'McKenzie', '1968-08-26', 'freya.mckenzie@outlook.com', NULL, 'Seattle', 'Platinum');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (2, 'Hana', 'Ferreira', '1988-03-03', 'hana.ferreira@gmail.com', '(509) 555-3542', 'Sacramento', 'Gold');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (3, 'Freya', 'Wallace', '1952-02-11', 'freya.wallace@proton.me', '(503) 555-7719', 'Seattle', 'Gold');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (4, 'Henry', 'Holm', '1976-06-12', 'henry.holm@proton.me', '(509) 555-9324', 'Sacramento', 'Platinum');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (5, 'Theo', 'Hernandez', '1981-05-16', 'theo.hernandez@outlook.com', '(425) 555-2701', 'Eugene', 'Silver');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (6, 'Freya', 'Williams', '1997-12-07', 'freya.williams@gmail.com', '(206) 555-3665', 'Spokane', 'Platinum');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (7, 'Ingrid', 'Ferreira', '1977-12-11', 'ingrid.ferreira@yahoo.com', '(509) 555-1369', 'Missoula', 'Blue');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (8, 'Keiko', 'Holm', '1970-04-25', 'keiko.holm@outlook.com', '(509) 555-3704', 'Seattle', 'Silver');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (9, 'Ingrid', 'Abbott', '1967-01-22', 'ingrid.abbott@outlook.com', '(541) 555-7737', 'Seattle', 'Silver');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (10, 'Lucia', 'Dubois', '1985-04-26', 'lucia.dubois@gmail.com', '(425) 555-2571', 'Spokane', 'Platinum');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (11, 'Charlotte', 'Santos', '1971-10-07', 'charlotte.santos@proton.me', '(503) 555-3899', 'Seattle', 'Blue');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (12, 'Sophia', 'Dubois', '1966-04-16', 'sophia.dubois@outlook.com', '(541) 555-7187', 'Seattle', 'Silver');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (13, 'Theo', 'Bergstrom', '1973-07-15', 'theo.bergstrom@gmail.com', '(509) 555-9818', 'Spokane', 'Blue');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (14, 'Leah', 'Abbott', '1997-02-11', 'leah.abbott@outlook.com', NULL, 'Seattle', 'Gold');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (15, 'Rahul', 'Abbott', '1970-07-09', 'rahul.abbott@proton.me', '(425) 555-9339', 'Seattle', 'Silver');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (16, 'Andre', 'Wallace', '1971-08-14', 'andre.wallace@gmail.com', '(509) 555-7254', 'Eugene', 'Gold');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (17, 'Rahul', 'Kaur', '2001-04-26', 'rahul.kaur@outlook.com', '(509) 555-8107', 'Boise', 'Gold');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (18, 'Nina', 'Wallace', '1955-11-13', 'nina.wallace@gmail.com', '(503) 555-9394', 'Bellevue', 'Blue');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (19, 'Charlotte', 'Petrov', '1994-11-07', 'charlotte.petrov@outlook.com', '(509) 555-7083', 'San Francisco', NULL);
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (20, 'Jack', 'Hernandez', '1980-02-19', 'jack.hernandez@outlook.com', '(541) 555-5579', 'Portland', 'Silver');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (21, 'Diego', 'Larsen', '1962-10-20', 'diego.larsen@gmail.com', '(503) 555-7230', 'Missoula', NULL);
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (22, 'Benjamin', 'Fitzgerald', '2005-03-09', 'benjamin.fitzgerald@proton.me', '(206) 555-1860', 'Boise', 'Silver');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (23, 'Isabella', 'Ferreira', '1955-01-24', 'isabella.ferreira@outlook.com', NULL, 'Seattle', 'Gold');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (24, 'Malik', 'Santos', '1953-02-08', 'malik.santos@yahoo.com', '(425) 555-3561', 'Seattle', NULL);
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (25, 'Andre', 'Brown', '1995-02-07', 'andre.brown@gmail.com', '(503) 555-1439', 'Portland', 'Silver');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (26, 'Rahul', 'Larsen', '1983-10-15', 'rahul.larsen@yahoo.com', '(206) 555-5447', 'Portland', 'Silver');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (27, 'Nina', 'Nguyen', '1960-01-08', 'nina.nguyen@proton.me', '(206) 555-5908', 'Bellevue', 'Blue');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (28, 'Marcus', 'Rivera', '1979-07-08', 'marcus.rivera@outlook.com', '(509) 555-4677', 'Seattle', 'Gold');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (29, 'Nina', 'Williams', '1965-11-15', 'nina.williams@outlook.com', '(425) 555-4358', 'Portland', 'Silver');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (30, 'Nina', 'Lindgren', '1974-03-19', 'nina.lindgren@yahoo.com', '(425) 555-1050', 'Salt Lake City', 'Blue');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (31, 'Rahul', 'Ortega', '1958-04-22', 'rahul.ortega@proton.me', '(208) 555-5684', 'Seattle', 'Blue');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (32, 'Gabriel', 'Johnson', '1955-03-24', 'gabriel.johnson@yahoo.com', '(208) 555-5010', 'Seattle', 'Blue');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (33, 'Hana', 'Okonkwo', '1990-02-17', 'hana.okonkwo@gmail.com', '(206) 555-4261', 'Bozeman', 'Silver');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (34, 'Charlotte', 'Holm', '1956-11-08', 'charlotte.holm@outlook.com', '(509) 555-6989', 'San Francisco', 'Blue');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (35, 'Leah', 'Hernandez', '1975-04-01', 'leah.hernandez@outlook.com', NULL, 'San Francisco', 'Blue');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (36, 'Leah', 'Ferreira', '1982-07-26', 'leah.ferreira@outlook.com', NULL, 'Bozeman', 'Gold');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (37, 'Theo', 'Petrov', '1965-08-17', 'theo.petrov@proton.me', '(509) 555-5828', 'Seattle', 'Silver');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (38, 'Henry', 'Jones', '1985-03-13', 'henry.jones@yahoo.com', '(503) 555-3031', 'San Francisco', NULL);
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (39, 'Henry', 'Rivera', '1955-12-14', 'henry.rivera@yahoo.com', '(425) 555-4314', 'Spokane', 'Blue');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (40, 'Tomas', 'Williams', '1998-03-11', 'tomas.williams@gmail.com', '(208) 555-7231', 'Seattle', 'Blue');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (41, 'Leah', 'Carver', '1962-12-16', 'leah.carver@proton.me', '(509) 555-3545', 'Reno', 'Silver');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (42, 'Liam', 'McKenzie', '1965-03-19', 'liam.mckenzie@outlook.com', '(541) 555-2308', 'Bozeman', 'Blue');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (43, 'Rahul', 'Bergstrom', '1970-08-09', 'rahul.bergstrom@proton.me', '(541) 555-2099', 'Seattle', 'Platinum');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (44, 'Isabella', 'Delgado', '1997-10-19', 'isabella.delgado@proton.me', '(425) 555-6116', 'Eugene', 'Blue');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (45, 'Liam', 'Whitaker', '2004-02-07', 'liam.whitaker@yahoo.com', '(208) 555-9357', 'Seattle', 'Gold');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (46, 'Wesley', 'Nguyen', '1957-11-14', 'wesley.nguyen@gmail.com', '(509) 555-5141', 'Spokane', 'Gold');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (47, 'Malik', 'Sharma', '1958-02-06', 'malik.sharma@gmail.com', '(425) 555-4941', 'San Francisco', 'Blue');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (48, 'Freya', 'Abbott', '1958-05-27', 'freya.abbott@gmail.com', '(509) 555-8168', 'Portland', 'Silver');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (49, 'Benjamin', 'Larsen', '1959-01-02', 'benjamin.larsen@proton.me', '(206) 555-2613', 'Reno', 'Blue');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (50, 'Noah', 'Kaur', '1964-07-10', 'noah.kaur@gmail.com', '(503) 555-1411', 'Sacramento', 'Silver');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (51, 'Keiko', 'Ferreira', '1995-06-06', 'keiko.ferreira@gmail.com', '(503) 555-1187', 'Portland', 'Gold');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (52, 'Marcus', 'Petrov', '1951-12-19', 'marcus.petrov@outlook.com', '(208) 555-5443', 'Eugene', 'Silver');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (53, 'Charlotte', 'Dubois', '1981-10-13', 'charlotte.dubois@proton.me', '(206) 555-5599', 'Spokane', 'Blue');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (54, 'Rahul', 'Ferreira', '1976-01-06', 'rahul.ferreira@yahoo.com', '(208) 555-1703', 'Seattle', 'Gold');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (55, 'Henry', 'Whitaker', '1979-01-27', 'henry.whitaker@outlook.com', '(425) 555-2629', 'Boise', NULL);
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (56, 'Clara', 'Ferreira', '1959-01-12', 'clara.ferreira@yahoo.com', '(208) 555-3143', 'Portland', 'Silver');
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (57, 'Clara', 'Ortega', '1958-01-13', 'clara.ortega@outlook.com', '(206) 555-6344', 'Boise', NULL);
INSERT INTO passengers (passenger_id, first_name, last_name, birth_date, email, phone, city, loyalty_tier) VALUES (58, 'Keiko', 'Carver', '1983-01-13', 'keiko.carver@outlook.com', '(206) 555-2886', 'Portland', 'Blue');

INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (1, 42, 15, '2023-12-20', 'Economy', '10D', 79.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (2, 37, 12, '2023-12-22', 'Economy', NULL, 89.99, 0, 'Cancelled');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (3, 56, 22, '2023-12-23', 'Economy', '6B', 214.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (4, 45, 19, '2023-12-26', 'Economy', NULL, 209.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (5, 47, 23, '2023-12-26', 'Economy', '8A', 164.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (6, 4, 13, '2023-12-27', 'Economy', '7D', 249.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (7, 7, 14, '2023-12-28', 'Premium', NULL, 144.99, 0, 'Refunded');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (8, 58, 35, '2023-12-28', 'Economy', '18B', 99.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (9, 15, 35, '2023-12-29', 'Economy', NULL, 114.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (10, 34, 35, '2023-12-30', 'Economy', NULL, 94.99, 0, 'Cancelled');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (11, 24, 23, '2023-12-31', 'Economy', '22A', 234.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (12, 43, 33, '2024-01-01', 'Premium', '23B', 229.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (13, 9, 34, '2024-01-03', 'Economy', NULL, 159.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (14, 37, 28, '2024-01-07', 'Economy', '21A', 124.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (15, 19, 12, '2024-01-09', 'Economy', '15C', 114.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (16, 58, 22, '2024-01-10', 'Economy', '15C', 209.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (17, 57, 9, '2024-01-11', 'Economy', '1C', 124.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (18, 28, 32, '2024-01-12', 'Economy', '22A', 104.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (19, 30, 18, '2024-01-12', 'Premium', '16B', 129.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (20, 56, 11, '2024-01-12', 'Economy', '8D', 244.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (21, 21, 23, '2024-01-13', 'Economy', '3B', 234.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (22, 22, 74, '2024-01-13', 'Premium', NULL, 169.99, 0, 'Refunded');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (23, 43, 71, '2024-01-13', 'Economy', '10B', 94.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (24, 45, 6, '2024-01-13', 'Business', '9B', 419.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (25, 4, 44, '2024-01-14', 'Premium', NULL, 264.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (26, 15, 18, '2024-01-14', 'Economy', '22B', 79.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (27, 46, 70, '2024-01-14', 'Economy', '22A', 94.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (28, 17, 62, '2024-01-15', 'Economy', '18A', 174.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (29, 22, 24, '2024-01-15', 'Economy', '13D', 219.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (30, 31, 69, '2024-01-15', 'Economy', '20C', 189.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (31, 34, 50, '2024-01-16', 'Premium', '2D', 264.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (32, 46, 72, '2024-01-16', 'Economy', '3B', 149.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (33, 21, 35, '2024-01-17', 'Business', '22B', 299.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (34, 40, 3, '2024-01-18', 'Business', '16C', 324.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (35, 4, 40, '2024-01-19', 'Economy', '19A', 134.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (36, 47, 22, '2024-01-19', 'Economy', '22D', 229.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (37, 10, 2, '2024-01-20', 'Economy', '21A', 214.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (38, 28, 74, '2024-01-20', 'Economy', NULL, 164.99, 0, 'Refunded');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (39, 28, 20, '2024-01-21', 'Business', '18D', 404.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (40, 32, 29, '2024-01-21', 'Economy', '19B', 134.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (41, 34, 10, '2024-01-21', 'Economy', '21B', 109.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (42, 35, 41, '2024-01-21', 'Premium', '13A', 204.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (43, 53, 46, '2024-01-22', 'Economy', '21A', 84.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (44, 23, 81, '2024-01-23', 'Economy', NULL, 89.99, 0, 'Cancelled');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (45, 26, 28, '2024-01-23', 'Economy', '7D', 159.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (46, 30, 97, '2024-01-23', 'Economy', '3C', 154.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (47, 46, 51, '2024-01-23', 'Business', '4B', 424.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (48, 6, 3, '2024-01-24', 'Economy', '9C', 99.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (49, 30, 50, '2024-01-24', 'Economy', '19A', 129.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (50, 48, 48, '2024-01-24', 'Business', '17A', 439.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (51, 32, 50, '2024-01-25', 'Economy', '24D', 144.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (52, 36, 82, '2024-01-25', 'Economy', NULL, 174.99, 0, 'Cancelled');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (53, 39, 71, '2024-01-25', 'Business', '2D', 199.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (54, 41, 58, '2024-01-25', 'Business', '9A', 524.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (55, 16, 50, '2024-01-26', 'Business', '22B', 324.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (56, 26, 74, '2024-01-26', 'Premium', NULL, 224.99, 0, 'Refunded');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (57, 34, 57, '2024-01-26', 'Premium', NULL, 144.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (58, 34, 73, '2024-01-26', 'Economy', '20C', 249.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (59, 46, 84, '2024-01-26', 'Economy', '3A', 144.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (60, 37, 20, '2024-01-27', 'Premium', '5C', 209.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (61, 36, 112, '2024-01-28', 'Economy', '22A', 174.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (62, 52, 6, '2024-01-29', 'Economy', NULL, 174.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (63, 53, 32, '2024-01-30', 'Economy', '20D', 84.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (64, 48, 112, '2024-01-31', 'Premium', '20B', 309.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (65, 48, 20, '2024-02-01', 'Premium', '24D', 179.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (66, 39, 11, '2024-02-02', 'Premium', '1A', 284.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (67, 1, 111, '2024-02-03', 'Economy', '24D', 104.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (68, 33, 58, '2024-02-03', 'Economy', '6D', 159.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (69, 57, 129, '2024-02-03', 'Premium', NULL, 134.99, 0, 'Cancelled');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (70, 5, 85, '2024-02-04', 'Premium', NULL, 109.99, 0, 'Cancelled');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (71, 21, 103, '2024-02-04', 'Economy', '8D', 134.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (72, 25, 68, '2024-02-04', 'Economy', NULL, 144.99, 0, 'Refunded');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (73, 35, 62, '2024-02-04', 'Economy', '18D', 214.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (74, 55, 30, '2024-02-04', 'Premium', '8B', 209.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (75, 13, 61, '2024-02-05', 'Premium', '14C', 239.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (76, 19, 106, '2024-02-05', 'Economy', '9C', 159.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (77, 30, 75, '2024-02-05', 'Economy', '14B', 154.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (78, 31, 91, '2024-02-05', 'Economy', NULL, 209.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (79, 46, 37, '2024-02-05', 'Economy', NULL, 134.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (80, 10, 74, '2024-02-06', 'Premium', NULL, 194.99, 0, 'Refunded');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (81, 26, 103, '2024-02-06', 'Economy', '16A', 144.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (82, 50, 87, '2024-02-06', 'Premium', '15A', 154.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (83, 9, 56, '2024-02-07', 'Business', '4A', 574.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (84, 22, 28, '2024-02-07', 'Business', '6A', 289.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (85, 26, 30, '2024-02-07', 'Economy', '21D', 144.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (86, 37, 68, '2024-02-07', 'Premium', NULL, 279.99, 0, 'Refunded');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (87, 6, 104, '2024-02-08', 'Economy', '19B', 179.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (88, 18, 42, '2024-02-08', 'Premium', NULL, 419.99, 0, 'Refunded');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (89, 28, 125, '2024-02-08', 'Economy', NULL, 114.99, 0, 'Cancelled');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (90, 16, 84, '2024-02-09', 'Business', '8B', 244.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (91, 50, 56, '2024-02-09', 'Premium', '24D', 229.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (92, 7, 16, '2024-02-10', 'Economy', NULL, 214.99, 0, 'Refunded');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (93, 13, 27, '2024-02-10', 'Premium', '11D', 139.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (94, 23, 25, '2024-02-10', 'Economy', '10B', 109.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (95, 56, 134, '2024-02-10', 'Economy', '13D', 259.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (96, 23, 133, '2024-02-11', 'Economy', '20D', 214.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (97, 24, 115, '2024-02-11', 'Economy', NULL, 224.99, 0, 'Cancelled');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (98, 35, 127, '2024-02-11', 'Business', '20A', 334.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (99, 40, 27, '2024-02-11', 'Business', '6B', 349.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (100, 57, 65, '2024-02-11', 'Economy', '1D', 149.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (101, 58, 127, '2024-02-11', 'Economy', '21A', 154.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (102, 30, 14, '2024-02-12', 'Economy', NULL, 114.99, 0, 'Refunded');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (103, 51, 31, '2024-02-12', 'Premium', '1C', 279.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (104, 56, 78, '2024-02-12', 'Premium', '19B', 254.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (105, 58, 134, '2024-02-12', 'Economy', '1A', 289.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (106, 38, 86, '2024-02-13', 'Economy', '10B', 229.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (107, 53, 33, '2024-02-13', 'Economy', '11D', 109.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (108, 4, 126, '2024-02-14', 'Economy', '21B', 169.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (109, 11, 24, '2024-02-14', 'Business', '1D', 449.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (110, 15, 53, '2024-02-14', 'Economy', NULL, 129.99, 0, 'Refunded');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (111, 15, 137, '2024-02-14', 'Economy', '20A', 109.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (112, 27, 136, '2024-02-14', 'Economy', '21A', 94.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (113, 36, 149, '2024-02-14', 'Business', '22D', 329.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (114, 51, 120, '2024-02-14', 'Economy', '17A', 79.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (115, 38, 84, '2024-02-15', 'Economy', '14C', 134.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (116, 41, 39, '2024-02-15', 'Economy', NULL, 159.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (117, 43, 58, '2024-02-15', 'Economy', '17C', 159.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (118, 55, 86, '2024-02-16', 'Premium', '8A', 324.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (119, 7, 53, '2024-02-17', 'Premium', NULL, 209.99, 0, 'Refunded');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (120, 18, 17, '2024-02-17', 'Economy', NULL, 209.99, 0, 'Cancelled');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (121, 32, 121, '2024-02-17', 'Premium', NULL, 209.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (122, 37, 22, '2024-02-17', 'Economy', '10B', 184.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (123, 6, 42, '2024-02-18', 'Economy', NULL, 229.99, 0, 'Refunded');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (124, 21, 82, '2024-02-18', 'Economy', '5B', 244.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (125, 1, 9, '2024-02-19', 'Premium', '13D', 229.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (126, 13, 59, '2024-02-19', 'Economy', '24A', 104.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (127, 17, 61, '2024-02-19', 'Economy', '12D', 174.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (128, 21, 144, '2024-02-19', 'Economy', '9B', 179.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (129, 1, 152, '2024-02-20', 'Economy', '23D', 249.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (130, 20, 67, '2024-02-20', 'Economy', '7A', 259.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (131, 29, 39, '2024-02-20', 'Economy', '7A', 139.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (132, 52, 115, '2024-02-20', 'Business', '1D', 454.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (133, 7, 21, '2024-02-21', 'Economy', '20B', 124.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (134, 10, 51, '2024-02-21', 'Economy', '6D', 189.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (135, 22, 85, '2024-02-21', 'Economy', '12A', 89.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (136, 36, 47, '2024-02-21', 'Premium', '22B', 154.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (137, 19, 54, '2024-02-22', 'Premium', '2C', 219.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (138, 23, 135, '2024-02-22', 'Premium', NULL, 154.99, 0, 'Cancelled');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (139, 41, 62, '2024-02-22', 'Economy', '15D', 219.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (140, 46, 28, '2024-02-22', 'Economy', '10A', 134.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (141, 7, 108, '2024-02-23', 'Premium', NULL, 304.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (142, 16, 126, '2024-02-23', 'Premium', '17B', 389.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (143, 20, 47, '2024-02-23', 'Economy', NULL, 109.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (144, 25, 93, '2024-02-23', 'Economy', '19B', 214.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (145, 31, 59, '2024-02-23', 'Business', '15A', 209.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (146, 44, 2, '2024-02-23', 'Premium', '5A', 344.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (147, 52, 121, '2024-02-23', 'Business', '20D', 269.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (148, 19, 141, '2024-02-24', 'Economy', '22A', 89.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (149, 21, 64, '2024-02-24', 'Economy', '11C', 159.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (150, 26, 113, '2024-02-24', 'Business', '7A', 264.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (151, 36, 60, '2024-02-24', 'Business', '16B', 324.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (152, 4, 73, '2024-02-25', 'Business', '15A', 564.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (153, 6, 144, '2024-02-25', 'Business', NULL, 459.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (154, 22, 63, '2024-02-25', 'Economy', '4D', 114.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (155, 39, 99, '2024-02-25', 'Economy', '7D', 224.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (156, 39, 101, '2024-02-25', 'Economy', NULL, 144.99, 0, 'Cancelled');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (157, 14, 84, '2024-02-26', 'Economy', '20B', 144.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (158, 16, 1, '2024-02-26', 'Economy', '13C', 164.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (159, 21, 40, '2024-02-26', 'Premium', '3D', 154.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (160, 51, 23, '2024-02-26', 'Premium', NULL, 254.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (161, 2, 136, '2024-02-27', 'Economy', '20C', 109.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (162, 5, 109, '2024-02-27', 'Premium', '11A', 174.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (163, 16, 16, '2024-02-27', 'Economy', NULL, 149.99, 0, 'Refunded');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (164, 25, 84, '2024-02-27', 'Economy', '6B', 119.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (165, 30, 4, '2024-02-27', 'Economy', NULL, 84.99, 0, 'Refunded');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (166, 55, 88, '2024-02-27', 'Economy', NULL, 159.99, 0, 'Cancelled');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (167, 7, 113, '2024-02-28', 'Premium', '6A', 124.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (168, 17, 108, '2024-02-28', 'Premium', '1C', 269.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (169, 21, 69, '2024-02-28', 'Business', '21B', 504.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (170, 25, 11, '2024-02-28', 'Economy', '7B', 214.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (171, 34, 157, '2024-02-28', 'Premium', '1A', 324.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (172, 5, 113, '2024-02-29', 'Premium', '10C', 169.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (173, 23, 36, '2024-02-29', 'Premium', '22B', 174.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (174, 24, 43, '2024-02-29', 'Premium', '18B', 154.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (175, 24, 72, '2024-02-29', 'Economy', '23D', 244.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (176, 35, 78, '2024-02-29', 'Economy', NULL, 129.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (177, 35, 87, '2024-02-29', 'Economy', '9B', 119.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (178, 26, 73, '2024-03-01', 'Business', '24B', 584.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (179, 34, 42, '2024-03-01', 'Economy', NULL, 189.99, 0, 'Refunded');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (180, 47, 103, '2024-03-01', 'Business', '4A', 354.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (181, 48, 84, '2024-03-01', 'Premium', '15D', 159.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (182, 8, 61, '2024-03-02', 'Premium', '1D', 234.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (183, 30, 142, '2024-03-02', 'Business', '12C', 349.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (184, 38, 148, '2024-03-02', 'Economy', '9B', 94.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (185, 43, 146, '2024-03-02', 'Economy', '10D', 229.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (186, 54, 103, '2024-03-02', 'Economy', '22D', 154.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (187, 13, 100, '2024-03-03', 'Economy', '6B', 149.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (188, 56, 21, '2024-03-03', 'Economy', '6D', 134.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (189, 16, 104, '2024-03-04', 'Economy', '6C', 254.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (190, 24, 144, '2024-03-04', 'Business', '10A', 394.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (191, 4, 127, '2024-03-05', 'Business', '22B', 404.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (192, 22, 116, '2024-03-05', 'Premium', NULL, 324.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (193, 39, 129, '2024-03-05', 'Economy', '20B', 84.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (194, 1, 72, '2024-03-06', 'Economy', '15A', 244.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (195, 18, 37, '2024-03-06', 'Economy', '20D', 134.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (196, 47, 54, '2024-03-06', 'Economy', '11D', 119.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (197, 53, 48, '2024-03-06', 'Economy', '2A', 104.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (198, 14, 95, '2024-03-07', 'Economy', '15C', 189.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (199, 16, 58, '2024-03-07', 'Economy', '24B', 204.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (200, 22, 138, '2024-03-07', 'Economy', NULL, 114.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (201, 28, 91, '2024-03-07', 'Premium', '17B', 264.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (202, 29, 46, '2024-03-07', 'Business', '21D', 234.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (203, 36, 51, '2024-03-07', 'Economy', '17D', 219.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (204, 54, 38, '2024-03-07', 'Premium', '14C', 209.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (205, 58, 149, '2024-03-07', 'Economy', '21B', 159.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (206, 10, 80, '2024-03-08', 'Economy', '18B', 259.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (207, 28, 120, '2024-03-08', 'Economy', '3C', 94.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (208, 57, 89, '2024-03-08', 'Business', NULL, 209.99, 0, 'Cancelled');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (209, 7, 156, '2024-03-09', 'Economy', NULL, 204.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (210, 9, 148, '2024-03-09', 'Economy', '9D', 119.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (211, 27, 45, '2024-03-09', 'Economy', '7B', 184.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (212, 29, 88, '2024-03-09', 'Business', '12A', 489.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (213, 38, 85, '2024-03-09', 'Economy', NULL, 74.99, 0, 'Cancelled');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (214, 38, 110, '2024-03-09', 'Premium', NULL, 294.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (215, 57, 112, '2024-03-10', 'Economy', '17D', 164.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (216, 23, 65, '2024-03-11', 'Economy', '23D', 154.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (217, 31, 83, '2024-03-11', 'Economy', '9D', 179.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (218, 10, 72, '2024-03-12', 'Business', NULL, 609.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (219, 13, 78, '2024-03-12', 'Economy', '12A', 154.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (220, 45, 136, '2024-03-12', 'Business', '19A', 334.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (221, 1, 105, '2024-03-13', 'Economy', '5D', 144.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (222, 44, 140, '2024-03-13', 'Economy', '22A', 209.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (223, 47, 154, '2024-03-13', 'Economy', '13A', 144.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (224, 53, 136, '2024-03-13', 'Premium', NULL, 189.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (225, 47, 63, '2024-03-14', 'Economy', '7B', 134.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (226, 5, 59, '2024-03-15', 'Economy', '4A', 84.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (227, 6, 134, '2024-03-15', 'Economy', '14D', 174.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (228, 14, 139, '2024-03-15', 'Economy', '22A', 89.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (229, 8, 154, '2024-03-16', 'Economy', '9C', 184.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (230, 16, 130, '2024-03-16', 'Economy', '22A', 179.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (231, 32, 83, '2024-03-16', 'Economy', '5A', 154.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (232, 42, 67, '2024-03-16', 'Premium', '2B', 334.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (233, 44, 96, '2024-03-16', 'Business', '8D', 499.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (234, 47, 75, '2024-03-16', 'Economy', '2A', 109.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (235, 54, 157, '2024-03-16', 'Premium', '11B', 374.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (236, 23, 106, '2024-03-17', 'Economy', '22A', 114.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (237, 7, 80, '2024-03-18', 'Economy', '5D', 274.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (238, 45, 139, '2024-03-18', 'Economy', '7A', 109.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (239, 9, 90, '2024-03-19', 'Economy', '20C', 94.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (240, 20, 133, '2024-03-20', 'Economy', '8C', 179.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (241, 41, 132, '2024-03-20', 'Economy', NULL, 184.99, 0, 'Cancelled');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (242, 17, 124, '2024-03-21', 'Economy', '22A', 169.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (243, 33, 153, '2024-03-21', 'Economy', '3B', 224.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (244, 16, 155, '2024-03-22', 'Premium', '20D', 444.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (245, 21, 72, '2024-03-22', 'Economy', '13D', 189.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (246, 26, 151, '2024-03-22', 'Economy', '14B', 194.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (247, 24, 136, '2024-03-25', 'Economy', '18B', 94.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (248, 26, 85, '2024-03-25', 'Premium', '17A', 109.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (249, 47, 127, '2024-03-25', 'Premium', '12C', 179.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (250, 12, 92, '2024-03-26', 'Economy', '22D', 209.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (251, 49, 105, '2024-03-26', 'Premium', '24B', 189.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (252, 28, 108, '2024-03-27', 'Economy', '24C', 129.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (253, 13, 110, '2024-03-28', 'Premium', '20D', 354.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (254, 28, 114, '2024-03-28', 'Economy', NULL, 174.99, 0, 'Refunded');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (255, 44, 89, '2024-03-29', 'Economy', '2A', 99.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (256, 58, 131, '2024-03-29', 'Premium', '8D', 294.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (257, 30, 138, '2024-03-31', 'Economy', '22C', 109.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (258, 39, 144, '2024-04-01', 'Economy', '12B', 174.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (259, 46, 116, '2024-04-02', 'Economy', '21A', 274.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (260, 47, 117, '2024-04-02', 'Economy', '7A', 129.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (261, 52, 101, '2024-04-02', 'Economy', '12A', 134.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (262, 41, 152, '2024-04-03', 'Economy', '2B', 254.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (263, 29, 142, '2024-04-04', 'Economy', NULL, 114.99, 0, 'Cancelled');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (264, 10, 140, '2024-04-05', 'Economy', '6C', 239.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (265, 29, 115, '2024-04-05', 'Economy', '17D', 264.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (266, 55, 109, '2024-04-06', 'Premium', '2D', 269.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (267, 12, 130, '2024-04-07', 'Premium', NULL, 214.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (268, 15, 150, '2024-04-07', 'Premium', '10D', 184.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (269, 36, 133, '2024-04-07', 'Economy', '16C', 194.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (270, 33, 149, '2024-04-10', 'Economy', NULL, 129.99, 0, 'Cancelled');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (271, 40, 127, '2024-04-10', 'Premium', '15C', 219.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (272, 1, 145, '2024-04-11', 'Economy', '5D', 84.99, 3, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (273, 29, 154, '2024-04-12', 'Economy', '4A', 129.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (274, 18, 132, '2024-04-13', 'Economy', NULL, 174.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (275, 24, 123, '2024-04-13', 'Economy', '8D', 84.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (276, 24, 127, '2024-04-13', 'Economy', '24D', 104.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (277, 8, 144, '2024-04-14', 'Economy', '15B', 169.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (278, 17, 156, '2024-04-14', 'Premium', '5C', 289.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (279, 34, 126, '2024-04-14', 'Economy', '8A', 219.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (280, 34, 153, '2024-04-15', 'Business', '19C', 459.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (281, 18, 146, '2024-04-16', 'Economy', '17C', 204.99, 0, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (282, 31, 157, '2024-04-18', 'Economy', '22D', 244.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (283, 5, 157, '2024-04-19', 'Economy', '8B', 284.99, 1, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (284, 25, 149, '2024-04-21', 'Economy', '15C', 119.99, 2, 'Confirmed');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (285, 53, 154, '2024-04-21', 'Economy', NULL, 179.99, 0, 'Cancelled');
INSERT INTO bookings (booking_id, passenger_id, flight_id, booking_date, fare_class, seat_number, fare, checked_bags, status) VALUES (286, 24, 152, '2024-04-25', 'Premium', '1A', 294.99, 0, 'Confirmed');
