package org.openrcm.app.demo;

import java.util.List;

/** Common US given names and surnames, streets and central-Illinois towns, for generated demo patients. */
final class DemoNames {
    private DemoNames() {}

    record Place(String city, String zip) {}

    static final List<String> FEMALE = List.of(
            "Ana", "Mary", "Linda", "Grace", "Sofia", "Emily", "Olivia", "Maya", "Ruth", "Helen", "Nora", "Carmen",
            "Aisha", "Hannah", "Julia", "Rosa", "Evelyn", "Chloe", "Leah", "Dorothy", "Mei", "Fatima", "Zoe", "Irene");

    static final List<String> MALE = List.of(
            "James", "Robert", "Luis", "Michael", "David", "Samuel", "Ethan", "Noah", "Walter", "George", "Omar",
            "Carlos", "Henry", "Isaac", "Arthur", "Kenji", "Marcus", "Peter", "Victor", "Leon", "Raymond", "Hugo");

    static final List<String> LAST = List.of(
            "Rivera",
            "Smith",
            "Johnson",
            "Nguyen",
            "Garcia",
            "Brown",
            "Miller",
            "Davis",
            "Martinez",
            "Wilson",
            "Anderson",
            "Thomas",
            "Moore",
            "Jackson",
            "Lee",
            "Harris",
            "Clark",
            "Lewis",
            "Walker",
            "Young",
            "King",
            "Patel",
            "Kowalski",
            "Schmidt",
            "Okafor",
            "Hernandez",
            "Lopez",
            "Kim",
            "Murphy",
            "Bennett",
            "Foster",
            "Novak",
            "Reyes",
            "Hughes",
            "Price",
            "Sullivan");

    static final List<String> STREETS = List.of(
            "Oak St",
            "Maple Ave",
            "Washington St",
            "Lincoln Ave",
            "Elm St",
            "Cedar Ln",
            "Park Ave",
            "Jefferson St",
            "Prairie Rd",
            "Walnut St",
            "Sangamon Ave",
            "Lake Dr");

    static final List<Place> PLACES = List.of(
            new Place("Springfield", "62701"),
            new Place("Springfield", "62704"),
            new Place("Chatham", "62629"),
            new Place("Peoria", "61602"),
            new Place("Peoria", "61614"),
            new Place("Pekin", "61554"),
            new Place("Decatur", "62521"),
            new Place("Jacksonville", "62650"));
}
