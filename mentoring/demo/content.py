"""Demo data for peer support: skills and programmes in six languages, and people
who offer support from several languages and time zones."""

RUNNING_GROUPS = {
    "en": "Running groups",
    "de": "Gruppen leiten",
    "es": "Dinamizar grupos",
    "fr": "Animer des groupes",
    "pl": "Prowadzenie grup",
    "ar": "إدارة المجموعات",
}

COMMUNITY_HEALTH = {
    "en": "Community health",
    "de": "Gesunde Communitys",
    "es": "Salud de la comunidad",
    "fr": "Santé de la communauté",
    "pl": "Zdrowa społeczność",
    "ar": "صحة المجتمع",
}

TOOLS = {
    "en": "Tools",
    "de": "Werkzeuge",
    "es": "Herramientas",
    "fr": "Outils",
    "pl": "Narzędzia",
    "ar": "الأدوات",
}

ORGANISING = {
    "en": "Organising",
    "de": "Organisieren",
    "es": "Organización",
    "fr": "Organisation",
    "pl": "Organizacja",
    "ar": "التنظيم",
}

SKILLS = [
    {
        "key": "facilitation",
        "area": RUNNING_GROUPS,
        "name": {
            "en": "Facilitation",
            "de": "Moderation",
            "es": "Facilitación",
            "fr": "Facilitation",
            "pl": "Moderowanie",
            "ar": "التيسير",
        },
    },
    {
        "key": "public-speaking",
        "area": RUNNING_GROUPS,
        "name": {
            "en": "Public speaking",
            "de": "Vor Publikum sprechen",
            "es": "Hablar en público",
            "fr": "Prise de parole en public",
            "pl": "Wystąpienia publiczne",
            "ar": "التحدث أمام الجمهور",
        },
    },
    {
        "key": "conflict",
        "area": COMMUNITY_HEALTH,
        "name": {
            "en": "Resolving conflicts",
            "de": "Konflikte lösen",
            "es": "Resolver conflictos",
            "fr": "Résoudre les conflits",
            "pl": "Rozwiązywanie konfliktów",
            "ar": "حل النزاعات",
        },
    },
    {
        "key": "newcomers",
        "area": COMMUNITY_HEALTH,
        "name": {
            "en": "Welcoming newcomers",
            "de": "Neue willkommen heißen",
            "es": "Acoger a quienes llegan",
            "fr": "Accueillir les nouveaux venus",
            "pl": "Witanie nowych osób",
            "ar": "الترحيب بالقادمين الجدد",
        },
    },
    {
        "key": "wikidata",
        "area": TOOLS,
        "name": {
            "en": "Wikidata queries",
            "de": "Wikidata-Abfragen",
            "es": "Consultas en Wikidata",
            "fr": "Requêtes Wikidata",
            "pl": "Zapytania w Wikidanych",
            "ar": "استعلامات ويكي بيانات",
        },
    },
    {
        "key": "grants",
        "area": ORGANISING,
        "name": {
            "en": "Writing grant requests",
            "de": "Förderanträge schreiben",
            "es": "Redactar solicitudes de subvención",
            "fr": "Rédiger des demandes de subvention",
            "pl": "Pisanie wniosków o granty",
            "ar": "كتابة طلبات المنح",
        },
    },
    {
        "key": "events",
        "area": ORGANISING,
        "name": {
            "en": "Planning events",
            "de": "Veranstaltungen planen",
            "es": "Planificar eventos",
            "fr": "Organiser des événements",
            "pl": "Planowanie wydarzeń",
            "ar": "تخطيط الفعاليات",
        },
    },
]

PROGRAMMES = [
    {
        "key": "nine-months",
        "months": 9,
        "check_ins": 3,
        "name": {
            "en": "9 months, 3 feedback sessions",
            "de": "9 Monate, 3 Feedbackgespräche",
            "es": "9 meses, 3 sesiones de retroalimentación",
            "fr": "9 mois, 3 séances de retour",
            "pl": "9 miesięcy, 3 rozmowy z informacją zwrotną",
            "ar": "9 أشهر، 3 جلسات للتغذية الراجعة",
        },
    },
    {
        "key": "quarterly",
        "months": 12,
        "check_ins": 4,
        "name": {
            "en": "A year, quarterly",
            "de": "Ein Jahr, vierteljährlich",
            "es": "Un año, trimestral",
            "fr": "Un an, chaque trimestre",
            "pl": "Rok, co kwartał",
            "ar": "سنة واحدة، كل ثلاثة أشهر",
        },
    },
    {
        "key": "sprint",
        "months": 3,
        "check_ins": 3,
        "name": {
            "en": "3-month sprint, monthly",
            "de": "3-Monats-Sprint, monatlich",
            "es": "Sprint de 3 meses, mensual",
            "fr": "Sprint de 3 mois, chaque mois",
            "pl": "3-miesięczny sprint, co miesiąc",
            "ar": "انطلاقة لثلاثة أشهر، شهريًا",
        },
    },
]

# People who offer support, beyond the demo's own accounts. Same password as every
# demo account. `away_days` makes someone away for that many days from today.
PEOPLE = [
    {
        "key": "kasia",
        "email": "kasia@demo.peer-academy.org",
        "display_name": "Katarzyna Nowak",
        "preferred_language": "pl",
        "time_zone": "Europe/Warsaw",
        "address_form": "feminine",
        "spoken_languages": ["pl", "en", "de"],
        "home_community": "Wikimedia Polska",
        "profile": {
            "skills": ["facilitation", "public-speaking", "newcomers"],
            "capacity": 3,
            "introduction": "Prowadzę warsztaty dla nowych edytorek i edytorów od 2015 roku. "
            "Chętnie pomogę przygotować pierwsze spotkanie.",
        },
    },
    {
        "key": "rania",
        "email": "rania@demo.peer-academy.org",
        "display_name": "رانيا عزيز",
        "preferred_language": "ar",
        "time_zone": "Asia/Amman",
        "address_form": "feminine",
        "spoken_languages": ["ar", "en"],
        "home_community": "Wikimedia Levant",
        "profile": {
            "skills": ["conflict", "grants"],
            "capacity": 2,
            "away_days": 21,
            "introduction": "أساعد المجموعات على كتابة طلبات المنح الأولى وعلى حل الخلافات بهدوء.",
        },
    },
    {
        "key": "mateo",
        "email": "mateo@demo.peer-academy.org",
        "display_name": "Mateo Ruiz",
        "preferred_language": "es",
        "time_zone": "America/Bogota",
        "address_form": "masculine",
        "spoken_languages": ["es", "en", "pt"],
        "home_community": "Wikimedia Colombia",
        "profile": {
            "skills": ["wikidata", "events"],
            "capacity": 2,
            "introduction": "Organizo maratones de edición en universidades y enseño consultas "
            "SPARQL paso a paso.",
        },
    },
    {
        "key": "anna",
        "email": "anna@demo.peer-academy.org",
        "display_name": "Anna Schmidt",
        "preferred_language": "de",
        "time_zone": "Europe/Berlin",
        "address_form": "feminine",
        "spoken_languages": ["de", "en"],
        "home_community": "Wikimedia Deutschland",
        "profile": {
            "skills": ["conflict", "newcomers", "facilitation"],
            "capacity": 2,
            "introduction": "Ich begleite Ehrenamtliche durch schwierige Diskussionen und helfe, "
            "Neue gut aufzunehmen.",
        },
    },
    {
        "key": "tomasz",
        "email": "tomasz@demo.peer-academy.org",
        "display_name": "Tomasz Zieliński",
        "preferred_language": "pl",
        "time_zone": "Europe/Warsaw",
        "address_form": "masculine",
        "spoken_languages": ["pl", "en"],
        "home_community": "Wikimedia Polska",
    },
]

OBJECTIVES = {
    "learner": [
        {
            "statement": "Organizar mi primera maratón de edición con la biblioteca de mi barrio",
            "why": "Queremos que más mujeres editen sobre la historia local.",
            "evidence": "Se celebra la maratón, con al menos diez personas que editan.",
            "target_days": 120,
            "status": "active",
        },
        {
            "statement": "Hablar cinco minutos en la reunión mensual de Wikimedia México",
            "why": "Me daba miedo hablar en público.",
            "evidence": "Lo hago y recibo preguntas.",
            "status": "completed",
            "reflection": "Preparé tarjetas y ensayé con Chinedu. Salió mejor de lo esperado.",
        },
    ],
    "tomasz": [
        {
            "statement": "Poprowadzić samodzielnie warsztat dla nowych osób",
            "why": "W naszym oddziale brakuje osób, które prowadzą warsztaty.",
            "evidence": "Prowadzę warsztat, a uczestnicy oceniają go dobrze.",
            "target_days": 60,
            "status": "active",
        }
    ],
}
