"""Word lists for the demonstration data: real Flemish and Brussels places, plausible people,
partner towns, and the Dutch a support officer would read in requests and follow-ups.

Only data lives here; :mod:`fourthpillar.services.demo` combines it.
"""

from __future__ import annotations

#: (postcode, municipality, weight): real pairs; the weight is roughly how many initiatives
#: a place has compared with a small municipality. The province comes from the postcode.
MUNICIPALITIES: tuple[tuple[str, str, int], ...] = (
    # Antwerpen
    ("2000", "Antwerpen", 14), ("2018", "Antwerpen", 5), ("2060", "Antwerpen", 4),
    ("2100", "Deurne", 3), ("2140", "Borgerhout", 3), ("2170", "Merksem", 2), ("2180", "Ekeren", 2),
    ("2600", "Berchem", 3), ("2610", "Wilrijk", 2), ("2660", "Hoboken", 2), ("2640", "Mortsel", 2),
    ("2650", "Edegem", 1), ("2550", "Kontich", 1), ("2630", "Aartselaar", 1), ("2800", "Mechelen", 6),
    ("2500", "Lier", 3), ("2440", "Geel", 3), ("2400", "Mol", 2), ("2300", "Turnhout", 4),
    ("2200", "Herentals", 2), ("2220", "Heist-op-den-Berg", 2), ("2260", "Westerlo", 1),
    ("2340", "Beerse", 1), ("2390", "Malle", 1), ("2900", "Schoten", 2), ("2930", "Brasschaat", 2),
    ("2950", "Kapellen", 1), ("2960", "Brecht", 1), ("2970", "Schilde", 1), ("2990", "Wuustwezel", 1),
    ("2910", "Essen", 1), ("2920", "Kalmthout", 1), ("2980", "Zoersel", 1), ("2820", "Bonheiden", 1),
    ("2570", "Duffel", 1), ("2560", "Nijlen", 1), ("2880", "Bornem", 1), ("2850", "Boom", 1),
    ("2830", "Willebroek", 1), ("2320", "Hoogstraten", 1), ("2490", "Balen", 1), ("2460", "Kasterlee", 1),
    # Limburg
    ("3500", "Hasselt", 6), ("3600", "Genk", 4), ("3700", "Tongeren", 2), ("3800", "Sint-Truiden", 3),
    ("3900", "Pelt", 1), ("3920", "Lommel", 2), ("3930", "Hamont-Achel", 1), ("3960", "Bree", 1),
    ("3970", "Leopoldsburg", 1), ("3980", "Tessenderlo", 1), ("3990", "Peer", 1), ("3580", "Beringen", 2),
    ("3550", "Heusden-Zolder", 2), ("3520", "Zonhoven", 1), ("3530", "Houthalen-Helchteren", 1),
    ("3590", "Diepenbeek", 1), ("3620", "Lanaken", 1), ("3630", "Maasmechelen", 1), ("3680", "Maaseik", 1),
    ("3740", "Bilzen", 1), ("3770", "Riemst", 1), ("3840", "Borgloon", 1), ("3560", "Lummen", 1),
    # Oost-Vlaanderen
    ("9000", "Gent", 14), ("9030", "Mariakerke", 1), ("9040", "Sint-Amandsberg", 2), ("9050", "Gentbrugge", 2),
    ("9100", "Sint-Niklaas", 4), ("9120", "Beveren", 2), ("9140", "Temse", 1), ("9160", "Lokeren", 2),
    ("9200", "Dendermonde", 2), ("9220", "Hamme", 1), ("9230", "Wetteren", 2), ("9240", "Zele", 1),
    ("9300", "Aalst", 4), ("9400", "Ninove", 2), ("9500", "Geraardsbergen", 2), ("9600", "Ronse", 1),
    ("9620", "Zottegem", 2), ("9700", "Oudenaarde", 2), ("9800", "Deinze", 2), ("9820", "Merelbeke", 1),
    ("9840", "De Pinte", 1), ("9880", "Aalter", 1), ("9900", "Eeklo", 2), ("9940", "Evergem", 1),
    ("9990", "Maldegem", 1), ("9080", "Lochristi", 1), ("9070", "Destelbergen", 1), ("9090", "Melle", 1),
    ("9190", "Stekene", 1), ("9470", "Denderleeuw", 1),
    # West-Vlaanderen
    ("8000", "Brugge", 7), ("8200", "Sint-Andries", 1), ("8310", "Assebroek", 1), ("8300", "Knokke-Heist", 1),
    ("8400", "Oostende", 4), ("8420", "De Haan", 1), ("8450", "Bredene", 1), ("8370", "Blankenberge", 1),
    ("8500", "Kortrijk", 5), ("8530", "Harelbeke", 1), ("8550", "Zwevegem", 1), ("8560", "Wevelgem", 1),
    ("8570", "Anzegem", 1), ("8600", "Diksmuide", 1), ("8620", "Nieuwpoort", 1), ("8630", "Veurne", 1),
    ("8670", "Koksijde", 1), ("8700", "Tielt", 1), ("8790", "Waregem", 2), ("8800", "Roeselare", 3),
    ("8820", "Torhout", 1), ("8870", "Izegem", 1), ("8900", "Ieper", 2), ("8930", "Menen", 1),
    ("8970", "Poperinge", 1), ("8210", "Zedelgem", 1), ("8490", "Jabbeke", 1), ("8730", "Beernem", 1),
    # Vlaams-Brabant
    ("3000", "Leuven", 9), ("3001", "Heverlee", 2), ("3010", "Kessel-Lo", 2), ("3012", "Wilsele", 1),
    ("3020", "Herent", 1), ("3050", "Oud-Heverlee", 1), ("3070", "Kortenberg", 1), ("3080", "Tervuren", 2),
    ("3090", "Overijse", 1), ("3110", "Rotselaar", 1), ("3150", "Haacht", 1), ("3200", "Aarschot", 2),
    ("3290", "Diest", 1), ("3300", "Tienen", 2), ("3400", "Landen", 1), ("1500", "Halle", 2),
    ("1600", "Sint-Pieters-Leeuw", 1), ("1650", "Beersel", 1), ("1700", "Dilbeek", 2), ("1730", "Asse", 1),
    ("1750", "Lennik", 1), ("1780", "Wemmel", 1), ("1800", "Vilvoorde", 2), ("1840", "Londerzeel", 1),
    ("1850", "Grimbergen", 1), ("1860", "Meise", 1), ("1930", "Zaventem", 1), ("1980", "Zemst", 1),
    ("1910", "Kampenhout", 1), ("1560", "Hoeilaart", 1),
    # Brussels
    ("1000", "Brussel", 6), ("1020", "Laken", 1), ("1030", "Schaarbeek", 3), ("1040", "Etterbeek", 2),
    ("1050", "Elsene", 2), ("1060", "Sint-Gillis", 2), ("1070", "Anderlecht", 2),
    ("1080", "Sint-Jans-Molenbeek", 2), ("1081", "Koekelberg", 1), ("1083", "Ganshoren", 1),
    ("1090", "Jette", 1), ("1140", "Evere", 1), ("1150", "Sint-Pieters-Woluwe", 1), ("1160", "Oudergem", 1),
    ("1170", "Watermaal-Bosvoorde", 1), ("1180", "Ukkel", 1), ("1190", "Vorst", 1),
    ("1200", "Sint-Lambrechts-Woluwe", 1), ("1210", "Sint-Joost-ten-Node", 1),
    # A few Flemish groups are based just across the language border.
    ("1300", "Waver", 1), ("4000", "Luik", 1), ("5000", "Namen", 1),
)

#: Landline area codes by province, for contact phone numbers.
AREA_CODES: dict[str, tuple[str, ...]] = {
    "antwerpen": ("03", "014", "015"),
    "limburg": ("011", "089", "012"),
    "oost-vlaanderen": ("09", "053", "052", "055"),
    "west-vlaanderen": ("050", "056", "059", "051", "057"),
    "vlaams-brabant": ("016", "02", "013"),
    "brussel": ("02",),
    "outside": ("010", "04", "081"),
}

#: ISO code, Dutch country name, partner towns; the weight is how often groups work there.
PARTNER_COUNTRIES: tuple[tuple[str, str, int, tuple[str, ...]], ...] = (
    ("CD", "Congo", 14, ("Bukavu", "Goma", "Kinshasa", "Kisangani", "Lubumbashi", "Kikwit", "Mbandaka")),
    ("RW", "Rwanda", 6, ("Kigali", "Huye", "Musanze", "Rubavu")),
    ("BI", "Burundi", 5, ("Gitega", "Bujumbura", "Ngozi")),
    ("SN", "Senegal", 6, ("Thiès", "Kaolack", "Ziguinchor", "Saint-Louis", "Dakar")),
    ("BJ", "Benin", 5, ("Cotonou", "Parakou", "Abomey", "Porto-Novo")),
    ("BF", "Burkina Faso", 6, ("Ouagadougou", "Bobo-Dioulasso", "Koudougou", "Kaya")),
    ("ML", "Mali", 3, ("Mopti", "Bamako", "Ségou", "Sikasso")),
    ("NE", "Niger", 2, ("Niamey", "Zinder", "Agadez")),
    ("GH", "Ghana", 3, ("Tamale", "Kumasi", "Bolgatanga")),
    ("KE", "Kenia", 4, ("Kisumu", "Nairobi", "Eldoret", "Nakuru")),
    ("TZ", "Tanzania", 4, ("Arusha", "Mwanza", "Moshi", "Dodoma")),
    ("UG", "Oeganda", 4, ("Gulu", "Kampala", "Mbarara", "Jinja")),
    ("ET", "Ethiopië", 3, ("Mekele", "Gondar", "Bahir Dar", "Addis Abeba")),
    ("MZ", "Mozambique", 2, ("Beira", "Nampula", "Maputo")),
    ("CM", "Kameroen", 2, ("Bamenda", "Douala", "Bafoussam")),
    ("PE", "Peru", 4, ("Cusco", "Puno", "Arequipa", "Lima")),
    ("BO", "Bolivia", 3, ("El Alto", "Cochabamba", "Sucre", "Potosí")),
    ("EC", "Ecuador", 3, ("Riobamba", "Cuenca", "Quito")),
    ("NI", "Nicaragua", 3, ("Jinotega", "León", "Matagalpa", "Estelí")),
    ("GT", "Guatemala", 2, ("Quetzaltenango", "Cobán", "Antigua")),
    ("CO", "Colombia", 2, ("Medellín", "Cali", "Pasto")),
    ("BR", "Brazilië", 3, ("Recife", "Salvador", "Belém", "Fortaleza")),
    ("HT", "Haïti", 2, ("Jacmel", "Les Cayes", "Gonaïves", "Port-au-Prince")),
    ("IN", "India", 5, ("Kolkata", "Chennai", "Madurai", "Pune", "Ranchi")),
    ("NP", "Nepal", 3, ("Pokhara", "Kathmandu", "Dhulikhel")),
    ("PH", "Filipijnen", 3, ("Cebu", "Davao", "Iloilo")),
    ("KH", "Cambodja", 2, ("Siem Reap", "Battambang", "Kampot")),
    ("VN", "Vietnam", 2, ("Hue", "Da Nang", "Can Tho")),
    ("PS", "Palestina", 2, ("Bethlehem", "Hebron", "Nablus", "Ramallah")),
    ("MA", "Marokko", 3, ("Nador", "Al Hoceima", "Tanger", "Marrakech")),
)

#: Name patterns of initiatives; {town} is a partner town, {place} the home municipality.
NAME_PATTERNS: tuple[tuple[str, int], ...] = (
    ("Brug naar {town}", 5), ("Samen met {town}", 5), ("Vrienden van {town}", 8), ("Steun aan {town}", 5),
    ("Solidariteit met {town}", 5), ("Water voor {town}", 3), ("Scholen voor {town}", 4),
    ("Hand in hand met {town}", 3), ("Kinderhulp {town}", 3), ("Project {town}", 4), ("Hart voor {town}", 3),
    ("Een dak voor {town}", 2), ("Licht voor {town}", 2), ("Medisch team {town}", 2),
    ("Stedenband {place}-{town}", 2), ("Werkgroep {town}", 2), ("Zonnepanelen voor {town}", 1),
    ("Akkers van {town}", 1), ("Meisjes naar school in {town}", 1), ("Wereldwerkgroep {place}", 2),
    ("Noord-Zuidwerking {place}", 2), ("Kinderen & Toekomst", 2), ("Mensen voor Mensen", 1),
    ("Open Handen", 1), ("Groei en Bloei", 1), ("Vrouwen in Beweging", 1), ("Wereldwijd Solidair", 1),
    ("Goed Gezind", 1), ("Het Zaadje", 1), ("De Waterput", 1), ("Schoolbank {town}", 1),
)

STREETS: tuple[str, ...] = (
    "Kerkstraat", "Stationsstraat", "Dorpsstraat", "Molenstraat", "Schoolstraat", "Nieuwstraat",
    "Kapelstraat", "Beekstraat", "Lindelaan", "Kasteeldreef", "Veldstraat", "Meersstraat", "Groenstraat",
    "Hoogstraat", "Brugstraat", "Leopoldlaan", "Koning Albertstraat", "Sint-Jansplein", "Bosstraat",
    "Vijverstraat", "Kloosterstraat", "Heirweg", "Eikenlaan", "Populierenlaan", "Begijnhofstraat",
    "Markt", "Grote Markt", "Steenweg", "Pastorijstraat", "Paddenstraat", "Zandstraat", "Bergstraat",
)

FIRST_NAMES: tuple[str, ...] = (
    "An", "Anne", "Annemie", "Bart", "Bert", "Bram", "Chris", "Dirk", "Els", "Elke", "Emma", "Erik",
    "Evelien", "Filip", "Frank", "Geert", "Gert", "Greet", "Griet", "Hilde", "Hanne", "Ilse", "Inge",
    "Jan", "Jef", "Jens", "Joke", "Johan", "Joris", "Karel", "Katrien", "Kim", "Koen", "Kris", "Lien",
    "Lies", "Lieve", "Linde", "Lotte", "Luc", "Marc", "Maria", "Marleen", "Mathias", "Nele", "Nico",
    "Paul", "Pieter", "Rita", "Roel", "Ruben", "Sara", "Sofie", "Stijn", "Tine", "Tom", "Veerle", "Wim",
    "Yasmina", "Youssef", "Fatima", "Mohamed", "Aïsha", "Jean-Pierre", "Marie-Claire", "Désiré",
    "Espérance", "Amadou", "Awa", "Rania", "Chloë", "Noël", "Zoë", "Anaïs",
)

LAST_NAMES: tuple[str, ...] = (
    "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
    "De Smet", "Vermeulen", "Van de Velde", "Hermans", "Lambrecht", "Desmet", "Verstraete", "Declercq",
    "Smets", "Martens", "Aerts", "Michiels", "Dierickx", "Cools", "Wuyts", "Van Damme", "De Backer",
    "Claeys", "Stevens", "Bogaert", "Vandenberghe", "Verhaegen", "Pauwels", "Coppens", "De Wilde",
    "Verbeke", "Segers", "Van den Broeck", "Hendrickx", "Baert", "Lemmens", "Geerts", "Bauwens",
    "Vanhove", "Deprez", "Vercammen", "Van Hoof", "Verbist", "De Clercq", "Timmermans", "Dewulf",
    "Van Acker", "De Vos", "Vandamme", "Nys", "Schepers", "Vervoort", "Thys", "Van Gucht",
    "El Amrani", "El Khattabi", "Yilmaz", "Mukendi", "Habimana", "Diallo", "Kabongo", "Ndiaye",
    "Nsengiyumva", "Mbuyi", "Ouédraogo", "Kayembe", "Dupont", "Lefèvre",
)

MAIL_DOMAINS: tuple[str, ...] = (
    "telenet.be", "telenet.be", "skynet.be", "proximus.be", "gmail.com", "gmail.com", "hotmail.com",
    "outlook.be", "scarlet.be",
)

ROLES: tuple[str, ...] = (
    "voorzitter", "voorzitter", "secretaris", "penningmeester", "coördinator", "bestuurslid",
    "vrijwilliger", "projectverantwoordelijke", "ondervoorzitter",
)

TAGS: tuple[str, ...] = (
    "11.fonds", "provinciale subsidie Antwerpen", "basisopleiding gevolgd", "Dag van de 4de Pijler",
    "consultatiedag", "nieuw", "stedenband", "fiscaal attest", "gemeentelijke subsidie",
    "Noord-Zuidraad", "jubileum", "bestuurswissel",
)

NOTES: tuple[str, ...] = (
    "Jaarlijkse benefietavond in {month}, meestal in de parochiezaal.",
    "Werkt samen met de gemeentelijke Noord-Zuidraad van {place}.",
    "Penningmeester stopt eind {year}; opvolging nog niet geregeld.",
    "Vraagt elk jaar het 11.fonds aan voor het project in {town}.",
    "Contact loopt vooral via e-mail, telefonisch moeilijk bereikbaar.",
    "Partnerorganisatie in {town} is een lokale vrouwenvereniging.",
    "Bezoekt {town} elk jaar met een groep vrijwilligers.",
    "Heeft de basisopleiding gevolgd in {year}.",
    "Klein bestuur (3 mensen), sterk afhankelijk van de voorzitter.",
    "Verkoopt fairtradeproducten op de kerstmarkt van {place}.",
    "Stond op de Dag van de 4de Pijler in {year}.",
)

MONTHS: tuple[str, ...] = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
    "november", "december",
)

#: Advice request questions by topic; {town}, {country}, {place}, {amount}, {years} are filled in.
QUESTIONS: dict[str, tuple[str, ...]] = {
    "legal-form": (
        "Wij zijn een feitelijke vereniging en overwegen een vzw op te richten. Welke stappen moeten we "
        "zetten en wat kost dat?",
        "Moeten we onze statuten nog aanpassen aan het Wetboek van vennootschappen en verenigingen?",
        "Hoe publiceren we een wijziging van de raad van bestuur in het Belgisch Staatsblad?",
        "Is het UBO-register ook verplicht voor onze kleine vzw?",
        "Kunnen we als vzw ook een afdeling in {country} oprichten, of moet onze partner dat doen?",
    ),
    "fundraising": (
        "Hoe pakken we een crowdfunding aan voor de nieuwe waterput in {town}?",
        "We willen een benefietavond organiseren in {place}. Waar moeten we op letten (auteursrechten, "
        "verzekering, vergunning)?",
        "Kunnen giften aan onze vereniging fiscaal aftrekbaar worden? Wat zijn de voorwaarden voor een "
        "fiscaal attest?",
        "Onze achterban vergrijst. Hoe bereiken we jongere schenkers?",
        "Mogen we een tombola organiseren zonder toelating van de gemeente?",
    ),
    "subsidies": (
        "Komt ons project in {town} in aanmerking voor het 11.fonds? De indiendatum nadert.",
        "Welke subsidies bestaan er bij de provincie voor projecten in {country}?",
        "De gemeente {place} heeft een Noord-Zuidraad. Hoe vragen we daar steun aan?",
        "Hoe stellen we een begroting op voor een subsidieaanvraag van ongeveer {amount} euro?",
        "De provincie vraagt een eindrapport over de subsidie. Hoe ziet dat eruit?",
    ),
    "governance": (
        "Onze voorzitter stopt na {years} jaar. Hoe organiseren we de opvolging?",
        "Hoe vaak moet de algemene vergadering samenkomen en wat moet er in het verslag staan?",
        "Twee bestuursleden zijn familie van de partner in {town}. Hoe vermijden we belangenconflicten?",
        "Hebben onze bestuurders een aansprakelijkheidsverzekering nodig?",
    ),
    "partnership": (
        "Onze partner in {town} wil meer zeggenschap over de keuzes. Hoe maken we samen een "
        "partnerschapsovereenkomst?",
        "Hoe gaan we om met een partner in {country} die al maanden niet meer reageert?",
        "We zoeken een nieuwe partnerorganisatie in {country}. Waar beginnen we?",
        "Hoe kunnen we samenwerken met andere 4de pijlers die in {country} actief zijn?",
    ),
    "project-cycle": (
        "Hoe schrijven we een goed projectvoorstel met meetbare doelstellingen voor {town}?",
        "Hoe evalueren we het schoolproject in {town} na {years} jaar werking?",
        "Wat is een logisch kader en hebben wij er een nodig voor onze aanvraag?",
        "Hoe maken we het project in {town} duurzaam, zodat het doorloopt zonder onze steun?",
    ),
    "communication": (
        "Hoe brengen we ons verhaal zonder clichés over {country}? We herwerken onze folder.",
        "Welke foto's uit {town} mogen we gebruiken op onze website en sociale media (toestemming, privacy)?",
        "Hoe bereiken we de lokale pers in {place} voor ons jubileum?",
        "Hebben jullie tips voor een nieuwsbrief aan onze schenkers?",
    ),
    "decolonisation": (
        "Hoe voeren we het gesprek over macht en eigenaarschap met onze partner in {town}?",
        "Kunnen jullie een vorming over dekolonisatie geven voor ons bestuur?",
        "Onze naam klinkt paternalistisch. Hoe pakken we een naamsverandering aan?",
    ),
    "finance-admin": (
        "Moeten we een vereenvoudigde boekhouding voeren, en wanneer leggen we de jaarrekening neer?",
        "Hoe sturen we geld veilig naar onze partner in {country} en welke bewijsstukken bewaren we?",
        "Zijn we onderworpen aan de rechtspersonenbelasting?",
        "Hoe stellen we een financieel verslag op voor onze schenkers?",
    ),
    "volunteers": (
        "Welke verzekering hebben onze vrijwilligers nodig als ze meereizen naar {town}?",
        "Mogen we vrijwilligers een onkostenvergoeding geven, en hoeveel?",
        "Hoe vinden we jonge vrijwilligers voor ons bestuur?",
        "Moet een vrijwilliger die naar {country} reist een uittreksel uit het strafregister voorleggen?",
    ),
    "other": (
        "Wanneer is de volgende Dag van de 4de Pijler en kunnen we een stand krijgen?",
        "Kunnen we ons nog inschrijven voor de basisopleiding van dit voorjaar?",
        "Wij willen onze vzw ontbinden. Wat gebeurt er met het resterende geld?",
    ),
}

#: Advice given by topic.
ADVICE: dict[str, tuple[str, ...]] = {
    "legal-form": (
        "Stappen voor de oprichting overlopen: statuten, neerlegging bij de griffie, publicatie in het "
        "Staatsblad, inschrijving in het UBO-register. Modelstatuten doorgestuurd.",
        "Statuten nagelezen; enkele artikels aanpassen aan het WVV. Voorbeeldtekst bezorgd.",
    ),
    "fundraising": (
        "Checklist voor evenementen doorgestuurd (billijke vergoeding, verzekering, toelating gemeente). "
        "Verwezen naar de gids fondsenwerving.",
        "Uitgelegd dat een fiscaal attest een erkenning door de FOD Financiën vraagt; alternatief via een "
        "erkende koepel besproken.",
    ),
    "subsidies": (
        "Criteria van het 11.fonds overlopen; het project past, de begroting moet nog gedetailleerder. "
        "Sjabloon bezorgd.",
        "Overzicht van provinciale en gemeentelijke subsidies gestuurd, met de indiendata.",
    ),
    "governance": (
        "Rollen in het bestuur besproken en een jaarplanning voor de algemene vergadering voorgesteld.",
        "Tips voor een open oproep naar nieuwe bestuursleden en een overdrachtsmap voor de voorzitter.",
    ),
    "partnership": (
        "Voorbeeld van een partnerschapsovereenkomst bezorgd; aangeraden om afspraken samen met de partner "
        "op te stellen en jaarlijks te herzien.",
        "Contact gelegd met een andere 4de pijler die in dezelfde regio werkt.",
    ),
    "project-cycle": (
        "Projectfiche overlopen; doelstellingen SMART gemaakt en indicatoren toegevoegd.",
        "Uitgelegd hoe een eenvoudige evaluatie met de partner kan, met een vragenlijst als voorbeeld.",
    ),
    "communication": (
        "Richtlijnen voor beeldgebruik en de code voor beelden en boodschappen doorgestuurd.",
        "Feedback gegeven op de folder; minder medelijden, meer de stem van de partner.",
    ),
    "decolonisation": (
        "Vorming op maat voorgesteld en leesmateriaal over eigenaarschap in partnerschappen bezorgd.",
    ),
    "finance-admin": (
        "Verplichtingen van een kleine vzw uitgelegd (vereenvoudigde boekhouding, neerlegging jaarrekening).",
        "Aangeraden om overschrijvingen via de bank te doen en ontvangstbewijzen van de partner te bewaren.",
    ),
    "volunteers": (
        "Verwezen naar de gratis vrijwilligersverzekering van de provincie en de regels voor "
        "onkostenvergoedingen.",
        "Tips gegeven om vrijwilligers te werven via de vrijwilligersvacaturebank.",
    ),
    "other": (
        "Inschrijving bevestigd en praktische info gestuurd.",
        "Doorverwezen naar de juiste dienst.",
    ),
}

INTERNAL_NOTES: tuple[str, ...] = (
    "Dringend: subsidiedeadline nadert.",
    "Zelfde vraag vorig jaar ook gesteld.",
    "Let op: spanning in het bestuur.",
    "Voorzitter belt liefst 's avonds.",
    "Te bespreken op het teamoverleg.",
    "Dossier ook bekend bij de provincie.",
    "Mogelijk kandidaat voor het 4de Pijlerpanel.",
)

FOLLOW_UP_ACTIONS: tuple[str, ...] = (
    "Nabellen over de statutenwijziging",
    "Statuten nalezen en feedback sturen",
    "Herinnering sturen: jaarrekening neerleggen",
    "Uitnodiging basisopleiding doorsturen",
    "Nagaan of het 11.fonds-dossier volledig is",
    "Afspraak plannen op de consultatiedag in {place}",
    "Partnerschapsovereenkomst met {town} bespreken",
    "Verslag van het bezoek aan {town} opvragen",
    "Contactgegevens van het bestuur actualiseren",
    "Tussentijds rapport provinciale subsidie opvragen",
    "Nagaan of het fiscaal attest aangevraagd is",
    "Voorbeeldbegroting bezorgen",
    "Vragen hoe de benefietavond in {place} liep",
    "Feedback op de nieuwe folder geven",
)

FOLLOW_UP_OUTCOMES: tuple[str, ...] = (
    "Gebeld, alles in orde.",
    "Documenten ontvangen en nagekeken.",
    "Geen reactie; nieuwe herinnering gestuurd.",
    "Dossier doorgestuurd naar de jury van het 11.fonds.",
    "Schrijft zich in voor de basisopleiding in het voorjaar.",
    "Statuten aangepast en neergelegd bij de griffie.",
    "Afspraak gehad; volgende stap is een bezoek ter plaatse.",
    "Initiatief heeft het zelf opgelost.",
)

#: The support officers the demonstration creates: name and the region each covers.
OFFICERS: tuple[tuple[str, str], ...] = (
    ("Lies Vermeersch", "antwerpen"),
    ("Tom De Smet", "oost-vlaanderen"),
    ("Sofie Claes", "limburg"),
    ("Pieter Wouters", "west-vlaanderen"),
    ("Ann Van Damme", "vlaams-brabant"),
    ("Karim El Amrani", "brussel"),
    ("Evelien Goossens", "antwerpen"),
)
