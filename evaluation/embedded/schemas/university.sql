-- university: A mid-sized university's academic records of departments, instructors, courses, students and their course enrollments with grades.
PRAGMA foreign_keys = ON;

CREATE TABLE departments (
    department_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE,
    building TEXT NOT NULL,
    budget REAL NOT NULL,
    founded_year INTEGER NOT NULL
);

CREATE TABLE instructors (
    instructor_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    department_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    salary REAL NOT NULL,
    hire_date TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    office TEXT,
    FOREIGN KEY (department_id) REFERENCES departments (department_id)
);

CREATE TABLE courses (
    course_id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    department_id INTEGER NOT NULL,
    instructor_id INTEGER,
    credits INTEGER NOT NULL,
    level INTEGER NOT NULL,
    capacity INTEGER NOT NULL,
    FOREIGN KEY (department_id) REFERENCES departments (department_id),
    FOREIGN KEY (instructor_id) REFERENCES instructors (instructor_id)
);

CREATE TABLE students (
    student_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    birth_date TEXT NOT NULL,
    home_city TEXT NOT NULL,
    enrollment_year INTEGER NOT NULL,
    major_department_id INTEGER,
    FOREIGN KEY (major_department_id) REFERENCES departments (department_id)
);

CREATE TABLE enrollments (
    enrollment_id INTEGER PRIMARY KEY,
    student_id INTEGER NOT NULL,
    course_id INTEGER NOT NULL,
    semester TEXT NOT NULL,
    grade TEXT,
    grade_points REAL,
    FOREIGN KEY (student_id) REFERENCES students (student_id),
    FOREIGN KEY (course_id) REFERENCES courses (course_id)
);

INSERT INTO departments (department_id, name, code, building, budget, founded_year) VALUES (1, 'Computer Science', 'CS', 'Turing Hall', 2450000.0, 1972);
INSERT INTO departments (department_id, name, code, building, budget, founded_year) VALUES (2, 'Mathematics', 'MATH', 'Newton Hall', 1320000.0, 1898);
INSERT INTO departments (department_id, name, code, building, budget, founded_year) VALUES (3, 'Physics', 'PHYS', 'Newton Hall', 1875000.0, 1901);
INSERT INTO departments (department_id, name, code, building, budget, founded_year) VALUES (4, 'Chemistry', 'CHEM', 'Curie Building', 1690000.0, 1905);
INSERT INTO departments (department_id, name, code, building, budget, founded_year) VALUES (5, 'Biology', 'BIO', 'Darwin Center', 1980000.0, 1910);
INSERT INTO departments (department_id, name, code, building, budget, founded_year) VALUES (6, 'Economics', 'ECON', 'Smith Hall', 1150000.0, 1935);
INSERT INTO departments (department_id, name, code, building, budget, founded_year) VALUES (7, 'History', 'HIST', 'Humanities Tower', 720000.0, 1895);
INSERT INTO departments (department_id, name, code, building, budget, founded_year) VALUES (8, 'English', 'ENGL', 'Humanities Tower', 685000.0, 1890);
INSERT INTO departments (department_id, name, code, building, budget, founded_year) VALUES (9, 'Philosophy', 'PHIL', 'Humanities Tower', 410000.0, 1902);
INSERT INTO departments (department_id, name, code, building, budget, founded_year) VALUES (10, 'Psychology', 'PSYC', 'Darwin Center', 980000.0, 1948);
INSERT INTO departments (department_id, name, code, building, budget, founded_year) VALUES (11, 'Sociology', 'SOC', 'Smith Hall', 560000.0, 1956);
INSERT INTO departments (department_id, name, code, building, budget, founded_year) VALUES (12, 'Political Science', 'POLS', 'Smith Hall', 830000.0, 1940);
INSERT INTO departments (department_id, name, code, building, budget, founded_year) VALUES (13, 'Mechanical Engineering', 'ME', 'Engineering Complex', 2210000.0, 1921);
INSERT INTO departments (department_id, name, code, building, budget, founded_year) VALUES (14, 'Electrical Engineering', 'EE', 'Engineering Complex', 2330000.0, 1925);
INSERT INTO departments (department_id, name, code, building, budget, founded_year) VALUES (15, 'Art History', 'ARTH', 'Fine Arts Building', 345000.0, 1966);

INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (1, 'Robert', 'Walsh', 1, 'Professor', 135500.0, '2000-08-15', 'rwalsh@univ.edu', 'Turing 208');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (2, 'Patrick', 'Tanaka', 1, 'Lecturer', 57500.0, '2022-01-15', 'ptanaka@univ.edu', 'Turing 111');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (3, 'Linda', 'Adeyemi', 1, 'Lecturer', 58500.0, '2016-09-01', 'ladeyemi@univ.edu', NULL);
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (4, 'Chloe', 'Fischer', 1, 'Associate Professor', 96000.0, '1998-07-15', 'cfischer@univ.edu', 'Turing 405');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (5, 'Priya', 'O''Brien', 2, 'Professor', 152500.0, '2021-07-01', 'pobrien@univ.edu', 'Newton 106');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (6, 'Yuki', 'Bennett', 2, 'Associate Professor', 110500.0, '2002-01-15', 'ybennett@univ.edu', NULL);
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (7, 'Patrick', 'Gallagher', 2, 'Assistant Professor', 78500.0, '2022-08-01', 'pgallagher@univ.edu', 'Newton 238');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (8, 'Robert', 'Sullivan', 3, 'Professor', 142500.0, '1998-09-15', 'rsullivan@univ.edu', 'Newton 227');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (9, 'Grace', 'Johansson', 3, 'Associate Professor', 107000.0, '2020-07-01', 'gjohansson@univ.edu', 'Newton 418');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (10, 'Fatima', 'Moreau', 3, 'Professor', 156500.0, '2020-01-15', 'fmoreau@univ.edu', 'Newton 221');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (11, 'Ruth', 'Young', 4, 'Professor', 139500.0, '2005-09-15', 'ryoung@univ.edu', 'Curie 108');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (12, 'Yuki', 'Nakamura', 4, 'Lecturer', 70000.0, '2016-08-15', 'ynakamura@univ.edu', 'Curie 323');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (13, 'Teresa', 'Patel', 4, 'Assistant Professor', 92500.0, '2018-08-01', 'tpatel@univ.edu', 'Curie 221');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (14, 'Priya', 'Horvath', 5, 'Professor', 141500.0, '2009-08-15', 'phorvath@univ.edu', 'Darwin 316');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (15, 'Patrick', 'Haddad', 5, 'Assistant Professor', 89500.0, '2019-07-01', 'phaddad@univ.edu', 'Darwin 129');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (16, 'George', 'Chen', 5, 'Associate Professor', 112000.0, '2011-08-15', 'gchen@univ.edu', 'Darwin 131');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (17, 'Maria', 'Nguyen', 6, 'Professor', 154500.0, '2001-09-15', 'mnguyen@univ.edu', 'Smith 306');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (18, 'Michael', 'Rossi', 6, 'Lecturer', 58500.0, '2023-09-15', 'mrossi@univ.edu', 'Smith 429');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (19, 'Ruth', 'Costa', 6, 'Associate Professor', 100000.0, '1998-08-15', 'rcosta@univ.edu', 'Smith 408');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (20, 'George', 'Schultz', 7, 'Professor', 136000.0, '2000-08-15', 'gschultz@univ.edu', 'Humanities 426');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (21, 'Michael', 'Brooks', 7, 'Lecturer', 70000.0, '2023-09-01', 'mbrooks@univ.edu', 'Humanities 335');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (22, 'Patrick', 'Weber', 8, 'Professor', 162000.0, '1994-01-15', 'pweber@univ.edu', 'Humanities 413');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (23, 'Victor', 'Sato', 8, 'Professor', 145500.0, '2007-08-15', 'vsato@univ.edu', 'Humanities 103');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (24, 'Kenji', 'Varga', 8, 'Professor', 146500.0, '2018-08-15', 'kvarga@univ.edu', 'Humanities 326');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (25, 'Frank', 'Kowalski', 9, 'Professor', 150000.0, '2022-07-15', 'fkowalski@univ.edu', NULL);
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (26, 'Beatrice', 'Lambert', 9, 'Assistant Professor', 84000.0, '2017-07-15', 'blambert@univ.edu', 'Humanities 213');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (27, 'Victor', 'Reyes', 10, 'Professor', 162000.0, '2008-09-15', 'vreyes@univ.edu', 'Darwin 432');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (28, 'Frank', 'Novak', 10, 'Associate Professor', 115000.0, '2015-07-15', 'fnovak@univ.edu', 'Darwin 319');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (29, 'Omar', 'Anderson', 10, 'Assistant Professor', 82500.0, '2016-07-01', 'oanderson@univ.edu', 'Darwin 402');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (30, 'Chloe', 'Hughes', 11, 'Professor', 151000.0, '2001-09-01', 'chughes@univ.edu', NULL);
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (31, 'Grace', 'Ivanova', 11, 'Lecturer', 69000.0, '2019-07-01', 'givanova@univ.edu', 'Smith 115');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (32, 'Patrick', 'Quinn', 12, 'Professor', 125000.0, '1996-09-01', 'pquinn@univ.edu', 'Smith 138');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (33, 'Daniel', 'Green', 12, 'Associate Professor', 118500.0, '1998-08-15', 'dgreen@univ.edu', 'Smith 316');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (34, 'Ruth', 'Obi', 13, 'Professor', 154000.0, '2014-08-15', 'robi@univ.edu', 'Engineering 425');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (35, 'Beatrice', 'Fernandes', 13, 'Professor', 125000.0, '2001-07-01', 'bfernandes@univ.edu', 'Engineering 114');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (36, 'Noah', 'Lindqvist', 13, 'Associate Professor', 103500.0, '2015-09-01', 'nlindqvist@univ.edu', NULL);
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (37, 'Peter', 'Zhou', 14, 'Professor', 130500.0, '2013-09-01', 'pzhou@univ.edu', 'Engineering 107');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (38, 'Sofia', 'Okafor', 14, 'Professor', 139000.0, '2021-01-15', 'sokafor@univ.edu', 'Engineering 313');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (39, 'Linda', 'Duarte', 14, 'Lecturer', 57000.0, '2015-08-15', 'lduarte@univ.edu', 'Engineering 232');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (40, 'Ahmed', 'Ramirez', 15, 'Professor', 137000.0, '2013-07-15', 'aramirez@univ.edu', 'Fine 439');
INSERT INTO instructors (instructor_id, first_name, last_name, department_id, title, salary, hire_date, email, office) VALUES (41, 'Peter', 'Mensah', 15, 'Assistant Professor', 85000.0, '2023-08-01', 'pmensah@univ.edu', 'Fine 426');

INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (1, 'CS101', 'Introduction to Programming', 1, 2, 4, 100, 120);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (2, 'CS201', 'Data Structures', 1, 1, 4, 200, 60);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (3, 'CS310', 'Databases', 1, 4, 3, 300, 45);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (4, 'CS340', 'Operating Systems', 1, 4, 4, 300, 40);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (5, 'CS420', 'Machine Learning', 1, 4, 3, 400, 80);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (6, 'MATH110', 'Calculus I', 2, 5, 4, 100, 200);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (7, 'MATH120', 'Calculus II', 2, 5, 4, 100, 200);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (8, 'MATH220', 'Linear Algebra', 2, 6, 3, 200, 60);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (9, 'MATH330', 'Probability Theory', 2, 5, 3, 300, 80);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (10, 'PHYS101', 'General Physics I', 3, 9, 4, 100, 120);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (11, 'PHYS102', 'General Physics II', 3, 10, 4, 100, 150);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (12, 'PHYS310', 'Quantum Mechanics', 3, 9, 3, 300, 80);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (13, 'CHEM101', 'General Chemistry', 4, 12, 4, 100, 150);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (14, 'CHEM210', 'Organic Chemistry', 4, 11, 4, 200, 30);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (15, 'CHEM320', 'Physical Chemistry', 4, 13, 3, 300, 80);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (16, 'BIO101', 'Principles of Biology', 5, 16, 4, 100, 120);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (17, 'BIO230', 'Genetics', 5, 16, 3, 200, 35);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (18, 'BIO340', 'Cell Biology', 5, 15, 3, 300, 40);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (19, 'BIO410', 'Neuroscience', 5, NULL, 3, 400, 60);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (20, 'ECON101', 'Principles of Microeconomics', 6, 17, 3, 100, 200);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (21, 'ECON102', 'Principles of Macroeconomics', 6, 18, 3, 100, 120);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (22, 'ECON305', 'Econometrics', 6, 19, 3, 300, 45);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (23, 'HIST110', 'World History', 7, 20, 3, 100, 150);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (24, 'HIST250', 'The American Revolution', 7, 21, 3, 200, 45);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (25, 'HIST330', 'Medieval Europe', 7, 21, 3, 300, 35);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (26, 'ENGL101', 'Academic Writing', 8, 23, 3, 100, 120);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (27, 'ENGL220', 'Shakespeare', 8, 24, 3, 200, 30);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (28, 'ENGL310', 'Modern Poetry', 8, 22, 3, 300, 45);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (29, 'PHIL101', 'Introduction to Philosophy', 9, 26, 3, 100, 200);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (30, 'PHIL240', 'Ethics', 9, 26, 3, 200, 80);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (31, 'PSYC101', 'Introduction to Psychology', 10, 27, 3, 100, 120);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (32, 'PSYC210', 'Developmental Psychology', 10, NULL, 3, 200, 30);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (33, 'PSYC320', 'Cognitive Psychology', 10, 28, 3, 300, 40);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (34, 'SOC101', 'Introduction to Sociology', 11, 30, 3, 100, 200);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (35, 'SOC260', 'Urban Sociology', 11, 31, 3, 200, 35);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (36, 'POLS101', 'American Government', 12, 33, 3, 100, 150);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (37, 'POLS230', 'International Relations', 12, 33, 3, 200, 40);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (38, 'ME201', 'Statics', 13, 36, 3, 200, 60);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (39, 'ME310', 'Thermodynamics', 13, 35, 4, 300, 40);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (40, 'ME350', 'Fluid Mechanics', 13, 36, 4, 300, 40);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (41, 'EE201', 'Circuit Analysis', 14, 37, 4, 200, 60);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (42, 'EE320', 'Signals and Systems', 14, 39, 4, 300, 80);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (43, 'EE410', 'Digital Design', 14, 39, 3, 400, 30);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (44, 'ARTH101', 'Art of the Renaissance', 15, 40, 3, 100, 120);
INSERT INTO courses (course_id, code, title, department_id, instructor_id, credits, level, capacity) VALUES (45, 'ARTH250', 'Modern Art', 15, NULL, 3, 200, 40);

INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (1, 'Owen', 'Jackson', 'owen.jackson1@students.univ.edu', '2006-10-12', 'Philadelphia', 2024, 12);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (2, 'Violet', 'Wilson', 'violet.wilson2@students.univ.edu', '2002-10-13', 'Toronto', 2021, 5);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (3, 'Mateo', 'Stewart', 'mateo.stewart3@students.univ.edu', '2003-05-27', 'Boston', 2023, 15);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (4, 'Aria', 'Murphy', 'aria.murphy4@students.univ.edu', '2004-03-01', 'Chicago', 2022, 2);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (5, 'Leo', 'Hall', 'leo.hall5@students.univ.edu', '2004-07-16', 'New York', 2022, 1);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (6, 'Elijah', 'Davis', 'elijah.davis6@students.univ.edu', '2004-09-24', 'Boston', 2022, 10);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (7, 'Caleb', 'Adams', 'caleb.adams7@students.univ.edu', '2005-04-13', 'Chicago', 2023, 14);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (8, 'Aurora', 'Murphy', 'aurora.murphy8@students.univ.edu', '2002-03-23', 'Denver', 2022, 14);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (9, 'Aurora', 'Wilson', 'aurora.wilson9@students.univ.edu', '2002-05-01', 'Toronto', 2021, 5);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (10, 'Aurora', 'Taylor', 'aurora.taylor10@students.univ.edu', '2004-04-19', 'Chicago', 2023, 3);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (11, 'Caleb', 'Miller', 'caleb.miller11@students.univ.edu', '2005-06-13', 'Boston', 2023, 5);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (12, 'Felix', 'Adams', 'felix.adams12@students.univ.edu', '2005-08-12', 'Boston', 2023, 10);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (13, 'Sara', 'Stewart', 'sara.stewart13@students.univ.edu', '2002-02-01', 'Atlanta', 2021, NULL);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (14, 'Lucy', 'Taylor', 'lucy.taylor14@students.univ.edu', '2004-08-28', 'Chicago', 2023, 13);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (15, 'Felix', 'Clark', 'felix.clark15@students.univ.edu', '2005-01-05', 'Seattle', 2024, 6);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (16, 'Maya', 'Harris', 'maya.harris16@students.univ.edu', '2004-02-27', 'Portland', 2022, 2);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (17, 'Felix', 'Campbell', 'felix.campbell17@students.univ.edu', '2005-09-11', 'Boston', 2023, 13);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (18, 'Riley', 'Jackson', 'riley.jackson18@students.univ.edu', '2004-03-24', 'Boston', 2022, 7);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (19, 'Aiden', 'Harris', 'aiden.harris19@students.univ.edu', '2004-12-03', 'Chicago', 2023, NULL);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (20, 'Ava', 'Lopez', 'ava.lopez20@students.univ.edu', '2004-12-03', 'Philadelphia', 2023, 4);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (21, 'Violet', 'Adams', 'violet.adams21@students.univ.edu', '2004-06-18', 'Chicago', 2022, 7);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (22, 'Maya', 'Garcia', 'maya.garcia22@students.univ.edu', '2003-06-12', 'Seattle', 2023, 10);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (23, 'Emma', 'Moore', 'emma.moore23@students.univ.edu', '2003-04-07', 'Chicago', 2023, NULL);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (24, 'Isaac', 'Garcia', 'isaac.garcia24@students.univ.edu', '2004-04-14', 'Denver', 2022, 6);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (25, 'Naomi', 'Walker', 'naomi.walker25@students.univ.edu', '2003-02-26', 'Boston', 2021, NULL);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (26, 'Felix', 'Nelson', 'felix.nelson26@students.univ.edu', '2003-03-10', 'Denver', 2022, 11);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (27, 'Ezra', 'Robinson', 'ezra.robinson27@students.univ.edu', '2002-06-02', 'Denver', 2022, 13);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (28, 'Mia', 'Lopez', 'mia.lopez28@students.univ.edu', '2004-10-26', 'Austin', 2023, 6);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (29, 'Dylan', 'Torres', 'dylan.torres29@students.univ.edu', '2003-06-05', 'Denver', 2022, 12);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (30, 'Leo', 'Jackson', 'leo.jackson30@students.univ.edu', '2004-07-03', 'Seattle', 2022, 4);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (31, 'Elijah', 'King', 'elijah.king31@students.univ.edu', '2004-06-10', 'Atlanta', 2022, 5);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (32, 'Owen', 'King', 'owen.king32@students.univ.edu', '2006-02-24', 'Boston', 2024, 1);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (33, 'Lucy', 'Martinez', 'lucy.martinez33@students.univ.edu', '2003-12-06', 'Denver', 2021, 7);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (34, 'Julian', 'Davis', 'julian.davis34@students.univ.edu', '2002-07-28', 'Philadelphia', 2022, 8);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (35, 'Elijah', 'Wright', 'elijah.wright35@students.univ.edu', '2003-04-12', 'Boston', 2022, 2);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (36, 'Amelia', 'Hill', 'amelia.hill36@students.univ.edu', '2003-09-13', 'Seattle', 2023, NULL);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (37, 'Leo', 'Mitchell', 'leo.mitchell37@students.univ.edu', '2006-10-25', 'Austin', 2024, 1);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (38, 'Dylan', 'Thomas', 'dylan.thomas38@students.univ.edu', '2003-10-23', 'New York', 2022, 3);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (39, 'Ethan', 'Garcia', 'ethan.garcia39@students.univ.edu', '2006-05-05', 'New York', 2024, 15);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (40, 'Hazel', 'Phillips', 'hazel.phillips40@students.univ.edu', '2005-04-26', 'Boston', 2023, NULL);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (41, 'Jacob', 'Collins', 'jacob.collins41@students.univ.edu', '2005-07-04', 'Denver', 2023, 9);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (42, 'Mia', 'King', 'mia.king42@students.univ.edu', '2004-09-04', 'Chicago', 2022, 7);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (43, 'Mateo', 'Scott', 'mateo.scott43@students.univ.edu', '2003-12-11', 'Philadelphia', 2022, 6);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (44, 'Sebastian', 'Jackson', 'sebastian.jackson44@students.univ.edu', '2003-12-18', 'Toronto', 2022, 10);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (45, 'Violet', 'Mitchell', 'violet.mitchell45@students.univ.edu', '2004-02-08', 'Seattle', 2023, 12);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (46, 'Mateo', 'Lewis', 'mateo.lewis46@students.univ.edu', '2006-03-18', 'Atlanta', 2024, 2);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (47, 'Aiden', 'Allen', 'aiden.allen47@students.univ.edu', '2003-03-12', 'Seattle', 2022, 5);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (48, 'Layla', 'Moore', 'layla.moore48@students.univ.edu', '2004-09-20', 'Boston', 2022, 1);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (49, 'Ava', 'Torres', 'ava.torres49@students.univ.edu', '2002-04-06', 'Portland', 2021, NULL);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (50, 'Violet', 'Campbell', 'violet.campbell50@students.univ.edu', '2005-12-27', 'Austin', 2023, 1);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (51, 'Jacob', 'Hill', 'jacob.hill51@students.univ.edu', '2004-04-27', 'Atlanta', 2023, NULL);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (52, 'Maya', 'Moore', 'maya.moore52@students.univ.edu', '2006-03-06', 'Austin', 2024, 6);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (53, 'Liam', 'Collins', 'liam.collins53@students.univ.edu', '2005-10-05', 'Denver', 2023, 3);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (54, 'Isaac', 'Roberts', 'isaac.roberts54@students.univ.edu', '2002-10-09', 'New York', 2022, NULL);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (55, 'Aurora', 'Hill', 'aurora.hill55@students.univ.edu', '2005-10-21', 'Philadelphia', 2023, 12);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (56, 'Julian', 'Mitchell', 'julian.mitchell56@students.univ.edu', '2004-09-07', 'Chicago', 2023, 2);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (57, 'Riley', 'Perez', 'riley.perez57@students.univ.edu', '2006-12-01', 'Denver', 2024, 9);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (58, 'Zoe', 'Lewis', 'zoe.lewis58@students.univ.edu', '2004-12-10', 'Chicago', 2022, 2);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (59, 'Mia', 'Miller', 'mia.miller59@students.univ.edu', '2004-07-22', 'Seattle', 2022, 10);
INSERT INTO students (student_id, first_name, last_name, email, birth_date, home_city, enrollment_year, major_department_id) VALUES (60, 'Logan', 'Allen', 'logan.allen60@students.univ.edu', '2003-11-11', 'Philadelphia', 2022, 13);

INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (1, 4, 21, 'Fall 2023', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (2, 5, 4, 'Fall 2023', 'C', 2.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (3, 6, 14, 'Fall 2023', 'C', 2.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (4, 7, 41, 'Fall 2023', 'C', 2.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (5, 8, 30, 'Fall 2023', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (6, 8, 41, 'Fall 2023', 'D', 1.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (7, 9, 33, 'Fall 2023', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (8, 9, 36, 'Fall 2023', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (9, 9, 43, 'Fall 2023', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (10, 11, 16, 'Fall 2023', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (11, 11, 26, 'Fall 2023', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (12, 11, 28, 'Fall 2023', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (13, 12, 19, 'Fall 2023', 'D', 1.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (14, 12, 32, 'Fall 2023', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (15, 13, 15, 'Fall 2023', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (16, 13, 35, 'Fall 2023', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (17, 14, 5, 'Fall 2023', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (18, 16, 28, 'Fall 2023', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (19, 19, 30, 'Fall 2023', 'C+', 2.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (20, 20, 13, 'Fall 2023', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (21, 22, 33, 'Fall 2023', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (22, 23, 11, 'Fall 2023', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (23, 24, 3, 'Fall 2023', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (24, 25, 21, 'Fall 2023', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (25, 25, 43, 'Fall 2023', 'D', 1.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (26, 26, 19, 'Fall 2023', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (27, 27, 5, 'Fall 2023', 'C', 2.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (28, 27, 39, 'Fall 2023', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (29, 28, 20, 'Fall 2023', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (30, 28, 22, 'Fall 2023', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (31, 29, 25, 'Fall 2023', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (32, 30, 25, 'Fall 2023', 'C+', 2.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (33, 31, 34, 'Fall 2023', 'D', 1.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (34, 33, 13, 'Fall 2023', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (35, 33, 24, 'Fall 2023', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (36, 33, 25, 'Fall 2023', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (37, 34, 10, 'Fall 2023', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (38, 35, 38, 'Fall 2023', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (39, 38, 10, 'Fall 2023', 'C', 2.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (40, 40, 19, 'Fall 2023', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (41, 40, 34, 'Fall 2023', 'C', 2.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (42, 40, 44, 'Fall 2023', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (43, 41, 5, 'Fall 2023', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (44, 41, 9, 'Fall 2023', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (45, 41, 42, 'Fall 2023', 'D', 1.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (46, 42, 24, 'Fall 2023', 'C+', 2.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (47, 42, 32, 'Fall 2023', 'C', 2.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (48, 43, 22, 'Fall 2023', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (49, 44, 32, 'Fall 2023', 'C', 2.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (50, 44, 33, 'Fall 2023', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (51, 45, 36, 'Fall 2023', 'C+', 2.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (52, 47, 19, 'Fall 2023', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (53, 47, 20, 'Fall 2023', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (54, 47, 23, 'Fall 2023', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (55, 47, 39, 'Fall 2023', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (56, 49, 29, 'Fall 2023', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (57, 49, 38, 'Fall 2023', 'D', 1.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (58, 51, 31, 'Fall 2023', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (59, 51, 33, 'Fall 2023', 'C', 2.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (60, 51, 36, 'Fall 2023', 'C+', 2.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (61, 51, 44, 'Fall 2023', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (62, 55, 16, 'Fall 2023', 'C+', 2.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (63, 58, 8, 'Fall 2023', 'D', 1.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (64, 59, 13, 'Fall 2023', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (65, 59, 35, 'Fall 2023', 'C+', 2.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (66, 60, 28, 'Fall 2023', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (67, 3, 12, 'Spring 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (68, 3, 25, 'Spring 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (69, 3, 39, 'Spring 2024', 'C+', 2.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (70, 3, 44, 'Spring 2024', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (71, 4, 6, 'Spring 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (72, 4, 17, 'Spring 2024', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (73, 4, 33, 'Spring 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (74, 4, 36, 'Spring 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (75, 5, 1, 'Spring 2024', 'C', 2.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (76, 5, 2, 'Spring 2024', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (77, 7, 4, 'Spring 2024', 'C+', 2.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (78, 8, 42, 'Spring 2024', 'C+', 2.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (79, 9, 17, 'Spring 2024', 'C', 2.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (80, 10, 7, 'Spring 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (81, 11, 14, 'Spring 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (82, 12, 31, 'Spring 2024', 'C+', 2.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (83, 13, 5, 'Spring 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (84, 13, 28, 'Spring 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (85, 14, 39, 'Spring 2024', 'C+', 2.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (86, 16, 5, 'Spring 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (87, 17, 10, 'Spring 2024', 'C', 2.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (88, 17, 29, 'Spring 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (89, 17, 40, 'Spring 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (90, 18, 28, 'Spring 2024', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (91, 18, 42, 'Spring 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (92, 20, 14, 'Spring 2024', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (93, 20, 18, 'Spring 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (94, 21, 1, 'Spring 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (95, 21, 25, 'Spring 2024', 'D', 1.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (96, 23, 13, 'Spring 2024', 'C+', 2.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (97, 23, 22, 'Spring 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (98, 23, 41, 'Spring 2024', 'C+', 2.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (99, 25, 5, 'Spring 2024', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (100, 26, 34, 'Spring 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (101, 26, 36, 'Spring 2024', 'F', 0.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (102, 27, 2, 'Spring 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (103, 27, 18, 'Spring 2024', 'C', 2.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (104, 29, 13, 'Spring 2024', 'D', 1.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (105, 29, 36, 'Spring 2024', 'C', 2.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (106, 31, 16, 'Spring 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (107, 31, 19, 'Spring 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (108, 33, 23, 'Spring 2024', 'F', 0.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (109, 34, 22, 'Spring 2024', 'F', 0.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (110, 34, 26, 'Spring 2024', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (111, 35, 8, 'Spring 2024', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (112, 35, 16, 'Spring 2024', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (113, 38, 11, 'Spring 2024', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (114, 41, 30, 'Spring 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (115, 42, 21, 'Spring 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (116, 42, 23, 'Spring 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (117, 42, 25, 'Spring 2024', 'D', 1.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (118, 43, 20, 'Spring 2024', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (119, 44, 31, 'Spring 2024', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (120, 50, 2, 'Spring 2024', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (121, 51, 4, 'Spring 2024', 'D', 1.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (122, 53, 11, 'Spring 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (123, 53, 22, 'Spring 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (124, 54, 34, 'Spring 2024', 'D', 1.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (125, 55, 37, 'Spring 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (126, 56, 27, 'Spring 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (127, 58, 16, 'Spring 2024', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (128, 58, 38, 'Spring 2024', 'D', 1.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (129, 60, 43, 'Spring 2024', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (130, 1, 8, 'Fall 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (131, 1, 36, 'Fall 2024', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (132, 1, 37, 'Fall 2024', 'C', 2.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (133, 2, 37, 'Fall 2024', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (134, 3, 3, 'Fall 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (135, 4, 1, 'Fall 2024', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (136, 6, 31, 'Fall 2024', 'D', 1.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (137, 7, 43, 'Fall 2024', 'C+', 2.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (138, 8, 43, 'Fall 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (139, 9, 4, 'Fall 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (140, 9, 16, 'Fall 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (141, 10, 12, 'Fall 2024', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (142, 11, 17, 'Fall 2024', 'C', 2.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (143, 12, 2, 'Fall 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (144, 12, 33, 'Fall 2024', 'C', 2.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (145, 13, 27, 'Fall 2024', 'C', 2.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (146, 15, 20, 'Fall 2024', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (147, 15, 22, 'Fall 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (148, 15, 32, 'Fall 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (149, 16, 7, 'Fall 2024', 'C+', 2.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (150, 17, 20, 'Fall 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (151, 17, 38, 'Fall 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (152, 18, 3, 'Fall 2024', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (153, 20, 15, 'Fall 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (154, 22, 32, 'Fall 2024', 'C', 2.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (155, 22, 35, 'Fall 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (156, 22, 37, 'Fall 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (157, 23, 20, 'Fall 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (158, 24, 8, 'Fall 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (159, 24, 17, 'Fall 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (160, 26, 35, 'Fall 2024', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (161, 27, 11, 'Fall 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (162, 27, 38, 'Fall 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (163, 29, 14, 'Fall 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (164, 30, 14, 'Fall 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (165, 31, 17, 'Fall 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (166, 32, 2, 'Fall 2024', 'C+', 2.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (167, 32, 3, 'Fall 2024', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (168, 32, 20, 'Fall 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (169, 33, 8, 'Fall 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (170, 34, 25, 'Fall 2024', 'C+', 2.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (171, 34, 28, 'Fall 2024', 'C', 2.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (172, 34, 45, 'Fall 2024', 'F', 0.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (173, 35, 7, 'Fall 2024', 'C', 2.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (174, 35, 21, 'Fall 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (175, 36, 42, 'Fall 2024', 'D', 1.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (176, 37, 34, 'Fall 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (177, 38, 33, 'Fall 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (178, 39, 19, 'Fall 2024', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (179, 39, 37, 'Fall 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (180, 39, 39, 'Fall 2024', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (181, 39, 45, 'Fall 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (182, 40, 30, 'Fall 2024', 'F', 0.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (183, 41, 29, 'Fall 2024', 'D', 1.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (184, 42, 19, 'Fall 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (185, 43, 9, 'Fall 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (186, 43, 21, 'Fall 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (187, 44, 25, 'Fall 2024', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (188, 46, 6, 'Fall 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (189, 46, 8, 'Fall 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (190, 46, 9, 'Fall 2024', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (191, 46, 26, 'Fall 2024', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (192, 47, 1, 'Fall 2024', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (193, 47, 17, 'Fall 2024', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (194, 48, 1, 'Fall 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (195, 48, 2, 'Fall 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (196, 48, 3, 'Fall 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (197, 48, 41, 'Fall 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (198, 51, 19, 'Fall 2024', 'A', 4.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (199, 52, 14, 'Fall 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (200, 52, 20, 'Fall 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (201, 52, 26, 'Fall 2024', 'A-', 3.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (202, 54, 28, 'Fall 2024', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (203, 54, 33, 'Fall 2024', 'B-', 2.7);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (204, 54, 43, 'Fall 2024', 'D', 1.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (205, 56, 6, 'Fall 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (206, 56, 8, 'Fall 2024', 'F', 0.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (207, 56, 14, 'Fall 2024', 'C', 2.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (208, 57, 15, 'Fall 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (209, 57, 37, 'Fall 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (210, 58, 20, 'Fall 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (211, 58, 40, 'Fall 2024', 'B+', 3.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (212, 60, 10, 'Fall 2024', 'B', 3.0);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (213, 60, 39, 'Fall 2024', 'C+', 2.3);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (214, 1, 11, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (215, 2, 16, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (216, 2, 17, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (217, 7, 35, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (218, 8, 27, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (219, 10, 11, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (220, 10, 30, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (221, 11, 27, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (222, 13, 16, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (223, 15, 3, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (224, 15, 26, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (225, 15, 45, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (226, 19, 25, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (227, 21, 23, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (228, 23, 38, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (229, 24, 22, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (230, 25, 37, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (231, 28, 18, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (232, 29, 4, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (233, 31, 18, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (234, 33, 14, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (235, 35, 9, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (236, 36, 27, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (237, 36, 33, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (238, 37, 3, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (239, 39, 44, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (240, 40, 3, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (241, 45, 34, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (242, 46, 7, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (243, 46, 18, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (244, 48, 5, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (245, 48, 27, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (246, 49, 4, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (247, 49, 23, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (248, 50, 1, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (249, 52, 43, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (250, 53, 10, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (251, 54, 2, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (252, 55, 30, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (253, 55, 36, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (254, 55, 39, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (255, 57, 19, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (256, 57, 30, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (257, 57, 35, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (258, 59, 37, 'Spring 2025', NULL, NULL);
INSERT INTO enrollments (enrollment_id, student_id, course_id, semester, grade, grade_points) VALUES (259, 60, 40, 'Spring 2025', NULL, NULL);
