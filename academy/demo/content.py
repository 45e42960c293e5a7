"""Demo content for Peer Academy, read by the demo-loading command.

Pure data: three schools, each with two tracks of two workshops, and dated sessions
(relative to "now") in many time zones, written in all six site languages. The texts
avoid role words on purpose, because each community chooses its own words for roles.
"""

from __future__ import annotations

LANGUAGES = ("en", "de", "es", "fr", "pl", "ar")

HOME = {
    "title": {
        "en": "Peer Academy",
        "de": "Peer-Akademie",
        "es": "Academia entre Pares",
        "fr": "Académie entre pairs",
        "pl": "Akademia Wzajemnej Nauki",
        "ar": "أكاديمية الأقران",
    },
    "intro": {
        "en": (
            "Learn from fellow volunteers how to grow a kind, resilient community. Pick a school, "
            "join a session in your language and time zone, and bring your own experience to share."
        ),
        "de": (
            "Lerne von anderen Ehrenamtlichen, wie eine freundliche und widerstandsfähige "
            "Community wächst. Wähle eine Schule, melde dich für einen Termin in deiner Sprache "
            "und Zeitzone an und bring deine eigenen Erfahrungen mit."
        ),
        "es": (
            "Aprende de otras personas voluntarias a hacer crecer una comunidad amable y "
            "resistente. Elige una escuela, únete a una sesión en tu idioma y zona horaria, y "
            "comparte tu propia experiencia."
        ),
        "fr": (
            "Apprenez auprès d'autres bénévoles à faire grandir une communauté bienveillante et "
            "solide. Choisissez une école, rejoignez une séance dans votre langue et votre fuseau "
            "horaire, et venez partager votre expérience."
        ),
        "pl": (
            "Ucz się od innych wolontariuszy i wolontariuszek, jak budować życzliwą i odporną "
            "społeczność. Wybierz szkołę, dołącz do spotkania w swoim języku i strefie czasowej i "
            "podziel się własnym doświadczeniem."
        ),
        "ar": (
            "تعلّموا من زملائكم المتطوعين كيف تبنون مجتمعًا ودودًا وقادرًا على الصمود. اختاروا "
            "مدرسة، وانضموا إلى جلسة بلغتكم وفي منطقتكم الزمنية، وشاركوا تجاربكم."
        ),
    },
}

SCHOOLS = [
    {
        "slug": "inclusive-communities",
        "accent": "teal",
        "title": {
            "en": "School of Inclusive Communities",
            "de": "Schule für inklusive Communitys",
            "es": "Escuela de Comunidades Inclusivas",
            "fr": "École des communautés inclusives",
            "pl": "Szkoła społeczności otwartych dla wszystkich",
            "ar": "مدرسة المجتمعات الشاملة للجميع",
        },
        "intro": {
            "en": (
                "Practise the everyday habits that make people feel welcome, online and offline: "
                "empathy, patience, curiosity about other views and generous encouragement. Learn "
                "to share decisions fairly so that no single person holds all the power."
            ),
            "de": (
                "Übe die alltäglichen Gewohnheiten, durch die sich Menschen online wie offline "
                "willkommen fühlen: Empathie, Geduld, Neugier auf andere Sichtweisen und "
                "großzügige Ermutigung. Lerne, Entscheidungen fair zu teilen, damit die Macht "
                "nicht bei einer einzelnen Person liegt."
            ),
            "es": (
                "Practica los hábitos cotidianos que hacen que las personas se sientan "
                "bienvenidas, en línea y en persona: empatía, paciencia, curiosidad por otros "
                "puntos de vista y ánimo generoso. Aprende a compartir las decisiones para que el "
                "poder no se concentre en una sola persona."
            ),
            "fr": (
                "Exercez-vous aux gestes du quotidien qui font que chacun·e se sent bienvenu·e, en "
                "ligne comme hors ligne : empathie, patience, curiosité pour d'autres points de "
                "vue et encouragements sincères. Apprenez à partager les décisions pour que le "
                "pouvoir ne repose jamais sur une seule personne."
            ),
            "pl": (
                "Ćwicz codzienne nawyki, dzięki którym ludzie czują się mile widziani w sieci i "
                "poza nią: empatię, cierpliwość, ciekawość innych punktów widzenia i hojne słowa "
                "zachęty. Naucz się dzielić decyzjami sprawiedliwie, tak by władza nie skupiała "
                "się w rękach jednej osoby."
            ),
            "ar": (
                "تدرّبوا على العادات اليومية التي تجعل الناس يشعرون بالترحيب على الإنترنت وخارجه: "
                "التعاطف والصبر والفضول تجاه وجهات النظر الأخرى والتشجيع السخي. وتعلّموا تقاسم "
                "القرارات بعدل حتى لا تتركز السلطة في يد شخص واحد."
            ),
        },
        "tracks": [
            {
                "slug": "welcoming-spaces",
                "level": "first_steps",
                "featured": True,
                "title": {
                    "en": "Creating welcoming spaces",
                    "de": "Einladende Räume schaffen",
                    "es": "Crear espacios acogedores",
                    "fr": "Créer des espaces accueillants",
                    "pl": "Jak tworzyć przyjazne przestrzenie",
                    "ar": "بناء مساحات مرحِّبة",
                },
                "intro": {
                    "en": (
                        "Small gestures decide whether someone comes back after their first edit "
                        "or first meetup. This track covers empathy and patience in discussions, "
                        "and the kind of encouragement that keeps people going."
                    ),
                    "de": (
                        "Kleine Gesten entscheiden, ob jemand nach dem ersten Edit oder dem ersten "
                        "Treffen wiederkommt. In diesem Lernpfad geht es um Empathie und Geduld in "
                        "Diskussionen und um Ermutigung, die Menschen dranbleiben lässt."
                    ),
                    "es": (
                        "Los pequeños gestos deciden si alguien vuelve después de su primera "
                        "edición o de su primer encuentro. Este itinerario trata sobre la empatía "
                        "y la paciencia en los debates, y sobre el tipo de ánimo que ayuda a "
                        "seguir adelante."
                    ),
                    "fr": (
                        "De petits gestes décident si une personne revient après sa première "
                        "modification ou sa première rencontre. Ce parcours aborde l'empathie et "
                        "la patience dans les discussions, ainsi que les encouragements qui "
                        "donnent envie de continuer."
                    ),
                    "pl": (
                        "Drobne gesty decydują o tym, czy ktoś wróci po pierwszej edycji lub "
                        "pierwszym spotkaniu. Ta ścieżka dotyczy empatii i cierpliwości w "
                        "dyskusjach oraz takiego wsparcia, które pomaga wytrwać."
                    ),
                    "ar": (
                        "قد تحدد لفتات صغيرة ما إذا كان شخص ما سيعود بعد تعديله الأول أو لقائه "
                        "الأول. يتناول هذا المسار التعاطف والصبر في النقاشات، وأنواع التشجيع التي "
                        "تدفع الناس إلى الاستمرار."
                    ),
                },
                "workshops": [
                    {
                        "slug": "patience-in-heated-discussions",
                        "title": {
                            "en": "Staying patient when discussions heat up",
                            "de": "Geduldig bleiben, wenn Diskussionen hitzig werden",
                            "es": "Mantener la paciencia cuando el debate se calienta",
                            "fr": "Garder son calme quand le débat s'échauffe",
                            "pl": "Cierpliwość, gdy dyskusja robi się gorąca",
                            "ar": "الحفاظ على الصبر عندما تحتدّ النقاشات",
                        },
                        "intro": {
                            "en": (
                                "Practise slowing down, reading the other person's point "
                                "charitably and answering without escalating. We work with real, "
                                "anonymised talk page threads."
                            ),
                            "de": (
                                "Übe, das Tempo herauszunehmen, die Sichtweise deines Gegenübers "
                                "wohlwollend zu lesen und zu antworten, ohne den Konflikt zu "
                                "verschärfen. Wir arbeiten mit echten, anonymisierten Diskussionen."
                            ),
                            "es": (
                                "Practica cómo bajar el ritmo, leer con buena fe el argumento de "
                                "la otra persona y responder sin escalar el conflicto. Trabajamos "
                                "con hilos reales y anonimizados de páginas de discusión."
                            ),
                            "fr": (
                                "Entraînez-vous à ralentir, à lire l'argument de l'autre avec "
                                "bienveillance et à répondre sans envenimer les choses. Nous "
                                "travaillons sur de vrais fils de pages de discussion, anonymisés."
                            ),
                            "pl": (
                                "Poćwicz zwalnianie tempa, życzliwe odczytywanie argumentów "
                                "drugiej osoby i odpowiadanie bez zaostrzania sporu. Pracujemy na "
                                "prawdziwych, zanonimizowanych wątkach ze stron dyskusji."
                            ),
                            "ar": (
                                "تدرّبوا على التمهّل، وقراءة وجهة نظر الطرف الآخر بحسن نية، والرد "
                                "دون تصعيد. نعمل على نقاشات حقيقية من صفحات النقاش بعد إخفاء هوية "
                                "أصحابها."
                            ),
                        },
                        "duration_hint": {
                            "en": "90 minutes, plus 20 minutes of reading",
                            "de": "90 Minuten, dazu 20 Minuten Lektüre",
                            "es": "90 minutos, más 20 minutos de lectura",
                            "fr": "90 minutes, plus 20 minutes de lecture",
                            "pl": "90 minut plus 20 minut lektury",
                            "ar": "90 دقيقة، إضافة إلى 20 دقيقة من القراءة",
                        },
                        "outcomes": {
                            "en": [
                                "notice when a discussion is starting to escalate",
                                "restate someone's argument fairly before replying",
                                "write a calm reply that moves the discussion forward",
                            ],
                            "de": [
                                "erkennen, wann eine Diskussion zu kippen droht",
                                "die Argumente anderer fair wiedergeben, bevor du antwortest",
                                "ruhig antworten und die Diskussion voranbringen",
                            ],
                            "es": [
                                "notar cuándo un debate empieza a escalar",
                                "resumir con justicia el argumento ajeno antes de responder",
                                "escribir una respuesta serena que haga avanzar la conversación",
                            ],
                            "fr": [
                                "repérer le moment où une discussion commence à dégénérer",
                                "reformuler fidèlement l'argument de l'autre avant de répondre",
                                "rédiger une réponse posée qui fait avancer l'échange",
                            ],
                            "pl": [
                                "zauważyć, kiedy dyskusja zaczyna się zaostrzać",
                                "uczciwie streścić cudzy argument, zanim odpowiesz",
                                "napisać spokojną odpowiedź, która posuwa rozmowę naprzód",
                            ],
                            "ar": [
                                "ملاحظة اللحظة التي يبدأ فيها النقاش بالتصاعد",
                                "إعادة صياغة حجة الطرف الآخر بإنصاف قبل الرد",
                                "كتابة رد هادئ يدفع النقاش إلى الأمام",
                            ],
                        },
                        "sessions": [
                            {
                                "days_from_now": -12,
                                "local_time": "18:00",
                                "time_zone": "Europe/Berlin",
                                "duration_minutes": 90,
                                "format": "online",
                                "place": None,
                                "online_url": "https://meet.example.org/patience-1",
                                "language": "de",
                                "capacity": 20,
                            },
                            {
                                "days_from_now": 9,
                                "local_time": "19:00",
                                "time_zone": "America/Mexico_City",
                                "duration_minutes": 90,
                                "format": "online",
                                "place": None,
                                "online_url": "https://meet.example.org/patience-2",
                                "language": "es",
                                "capacity": 25,
                            },
                            {
                                "days_from_now": 30,
                                "local_time": "17:30",
                                "time_zone": "Africa/Cairo",
                                "duration_minutes": 90,
                                "format": "hybrid",
                                "place": {
                                    "en": "Bibliotheca Alexandrina, Alexandria",
                                    "de": "Bibliotheca Alexandrina, Alexandria",
                                    "es": "Biblioteca Alejandrina, Alejandría",
                                    "fr": "Bibliotheca Alexandrina, Alexandrie",
                                    "pl": "Bibliotheca Alexandrina, Aleksandria",
                                    "ar": "مكتبة الإسكندرية، الإسكندرية",
                                },
                                "online_url": "https://meet.example.org/patience-3",
                                "language": "ar",
                                "capacity": 24,
                            },
                        ],
                    },
                    {
                        "slug": "feedback-that-helps",
                        "title": {
                            "en": "Giving feedback that helps",
                            "de": "Feedback geben, das wirklich hilft",
                            "es": "Comentarios que de verdad ayudan",
                            "fr": "Faire des retours qui aident vraiment",
                            "pl": "Informacja zwrotna, która naprawdę pomaga",
                            "ar": "تقديم ملاحظات مفيدة حقًا",
                        },
                        "intro": {
                            "en": (
                                "Learn to point out what went well, name one concrete next step "
                                "and thank people in ways they notice. Positive reinforcement is a "
                                "skill, and it can be practised."
                            ),
                            "de": (
                                "Lerne, zu benennen, was gut gelaufen ist, einen konkreten "
                                "nächsten Schritt vorzuschlagen und dich so zu bedanken, dass es "
                                "ankommt. Positive Bestärkung ist eine Fähigkeit, die sich üben "
                                "lässt."
                            ),
                            "es": (
                                "Aprende a señalar lo que salió bien, proponer un siguiente paso "
                                "concreto y dar las gracias de una forma que se note. El refuerzo "
                                "positivo es una habilidad que se puede practicar."
                            ),
                            "fr": (
                                "Apprenez à souligner ce qui a bien marché, à proposer une "
                                "prochaine étape concrète et à remercier d'une manière qui compte "
                                "vraiment. Le renforcement positif est une compétence qui s'exerce."
                            ),
                            "pl": (
                                "Naucz się wskazywać, co się udało, proponować jeden konkretny "
                                "kolejny krok i dziękować tak, żeby to zostało zauważone. "
                                "Pozytywne wzmocnienie to umiejętność, którą można ćwiczyć."
                            ),
                            "ar": (
                                "تعلّموا كيف تشيرون إلى ما نجح، وتقترحون خطوة تالية واضحة، "
                                "وتعبّرون عن الشكر بطريقة يلمسها الآخرون. التعزيز الإيجابي مهارة "
                                "يمكن التدرّب عليها."
                            ),
                        },
                        "duration_hint": {
                            "en": "2 hours, including practice in pairs",
                            "de": "2 Stunden, davon eine Übungsrunde zu zweit",
                            "es": "2 horas, con práctica en parejas",
                            "fr": "2 heures, dont un exercice en binôme",
                            "pl": "2 godziny, w tym ćwiczenie w parach",
                            "ar": "ساعتان، تشملان تمرينًا في مجموعات ثنائية",
                        },
                        "outcomes": {
                            "en": [
                                "describe what someone did well in specific terms",
                                "suggest one clear next step without overwhelming anyone",
                                "say thank you in public and in private in ways that matter",
                            ],
                            "de": [
                                "konkret beschreiben, was jemand gut gemacht hat",
                                "einen klaren nächsten Schritt vorschlagen, ohne zu überfordern",
                                "öffentlich und persönlich so danken, dass es wirklich zählt",
                            ],
                            "es": [
                                "describir con precisión lo que alguien hizo bien",
                                "sugerir un siguiente paso claro sin abrumar a nadie",
                                "dar las gracias en público y en privado de forma significativa",
                            ],
                            "fr": [
                                "décrire précisément ce qu'une personne a bien fait",
                                "suggérer une prochaine étape claire sans submerger personne",
                                "remercier en public comme en privé, d'une manière qui compte",
                            ],
                            "pl": [
                                "konkretnie opisać, co ktoś zrobił dobrze",
                                "zaproponować jeden jasny kolejny krok bez przytłaczania",
                                "dziękować publicznie i prywatnie tak, by miało to znaczenie",
                            ],
                            "ar": [
                                "وصف ما أحسن الشخص فعله بعبارات محددة",
                                "اقتراح خطوة تالية واضحة دون إثقال على أحد",
                                "تقديم الشكر علنًا وعلى انفراد بطريقة ذات معنى",
                            ],
                        },
                        "sessions": [
                            {
                                "days_from_now": 5,
                                "local_time": "18:30",
                                "time_zone": "Europe/Paris",
                                "duration_minutes": 120,
                                "format": "in_person",
                                "place": {
                                    "en": "Wikimédia France office, Paris",
                                    "de": "Büro von Wikimédia France, Paris",
                                    "es": "Oficina de Wikimédia France, París",
                                    "fr": "Locaux de Wikimédia France, Paris",
                                    "pl": "Biuro Wikimédia France, Paryż",
                                    "ar": "مكتب ويكيميديا فرنسا، باريس",
                                },
                                "online_url": "",
                                "language": "fr",
                                "capacity": 16,
                            },
                            {
                                "days_from_now": 41,
                                "local_time": "10:00",
                                "time_zone": "Asia/Kolkata",
                                "duration_minutes": 120,
                                "format": "online",
                                "place": None,
                                "online_url": "https://meet.example.org/feedback-2",
                                "language": "en",
                                "capacity": 30,
                            },
                        ],
                    },
                ],
            },
            {
                "slug": "sharing-power-fairly",
                "level": "experienced",
                "featured": False,
                "title": {
                    "en": "Sharing power fairly",
                    "de": "Macht fair teilen",
                    "es": "Repartir el poder de forma justa",
                    "fr": "Partager le pouvoir équitablement",
                    "pl": "Sprawiedliwy podział władzy",
                    "ar": "تقاسم السلطة بإنصاف",
                },
                "intro": {
                    "en": (
                        "For people who already hold a role and want to make sure others can shape "
                        "decisions too. We look at consensus, equity and how titles can open or "
                        "close doors."
                    ),
                    "de": (
                        "Für alle, die bereits eine Rolle übernommen haben und sicherstellen "
                        "möchten, dass auch andere Entscheidungen mitgestalten können. Es geht um "
                        "Konsens, Gerechtigkeit und darum, wie Titel Türen öffnen oder schließen."
                    ),
                    "es": (
                        "Para quienes ya tienen un rol y quieren asegurarse de que otras personas "
                        "también puedan influir en las decisiones. Trabajamos el consenso, la "
                        "equidad y cómo los títulos pueden abrir o cerrar puertas."
                    ),
                    "fr": (
                        "Pour les personnes qui occupent déjà un rôle et veulent que d'autres "
                        "puissent, elles aussi, peser sur les décisions. Nous parlons de "
                        "consensus, d'équité et de la façon dont les titres ouvrent ou ferment des "
                        "portes."
                    ),
                    "pl": (
                        "Dla osób, które już pełnią jakąś funkcję i chcą zadbać o to, by inni "
                        "także mieli wpływ na decyzje. Przyglądamy się konsensusowi, równości oraz "
                        "temu, jak tytuły otwierają lub zamykają drzwi."
                    ),
                    "ar": (
                        "لمن يتولّون دورًا بالفعل ويريدون التأكد من أن الآخرين قادرون أيضًا على "
                        "المشاركة في صنع القرار. نتناول التوافق والإنصاف وكيف يمكن للألقاب أن تفتح "
                        "الأبواب أو تغلقها."
                    ),
                },
                "workshops": [
                    {
                        "slug": "consensus-on-talk-pages",
                        "title": {
                            "en": "Building consensus on talk pages",
                            "de": "Konsens auf Diskussionsseiten finden",
                            "es": "Construir consenso en las páginas de discusión",
                            "fr": "Construire un consensus sur les pages de discussion",
                            "pl": "Budowanie konsensusu na stronach dyskusji",
                            "ar": "بناء التوافق في صفحات النقاش",
                        },
                        "intro": {
                            "en": (
                                "Consensus is not a vote count. Practise summarising a long "
                                "discussion, naming the points of agreement and proposing a way "
                                "forward that most people can live with."
                            ),
                            "de": (
                                "Konsens ist keine Stimmenzählung. Übe, eine lange Diskussion "
                                "zusammenzufassen, Gemeinsamkeiten zu benennen und einen Weg "
                                "vorzuschlagen, mit dem die meisten leben können."
                            ),
                            "es": (
                                "El consenso no es un recuento de votos. Practica cómo resumir un "
                                "debate largo, señalar los puntos de acuerdo y proponer un camino "
                                "que la mayoría pueda aceptar."
                            ),
                            "fr": (
                                "Le consensus n'est pas un décompte de voix. Entraînez-vous à "
                                "résumer une longue discussion, à nommer les points d'accord et à "
                                "proposer une voie acceptable pour le plus grand nombre."
                            ),
                            "pl": (
                                "Konsensus to nie liczenie głosów. Poćwicz podsumowywanie długiej "
                                "dyskusji, wskazywanie punktów wspólnych i proponowanie "
                                "rozwiązania, które większość może zaakceptować."
                            ),
                            "ar": (
                                "التوافق ليس عدًّا للأصوات. تدرّبوا على تلخيص نقاش طويل، وتحديد "
                                "نقاط الاتفاق، واقتراح طريق للمضي قدمًا يمكن لمعظم المشاركين "
                                "القبول به."
                            ),
                        },
                        "duration_hint": {
                            "en": "2 hours, plus a short case study to read beforehand",
                            "de": "2 Stunden, dazu eine kurze Fallstudie zur Vorbereitung",
                            "es": "2 horas, más un breve caso práctico para leer antes",
                            "fr": "2 heures, plus une courte étude de cas à lire avant",
                            "pl": (
                                "2 godziny plus krótkie studium przypadku do przeczytania wcześniej"
                            ),
                            "ar": "ساعتان، إضافة إلى دراسة حالة قصيرة للقراءة مسبقًا",
                        },
                        "outcomes": {
                            "en": [
                                "write a neutral summary of a long discussion",
                                "separate real disagreements from misunderstandings",
                                "propose a compromise and invite objections openly",
                            ],
                            "de": [
                                "eine neutrale Zusammenfassung einer langen Diskussion schreiben",
                                (
                                    "echte Meinungsverschiedenheiten von Missverständnissen "
                                    "unterscheiden"
                                ),
                                "einen Kompromiss vorschlagen und offen um Einwände bitten",
                            ],
                            "es": [
                                "redactar un resumen neutral de un debate largo",
                                "distinguir los desacuerdos reales de los malentendidos",
                                "proponer un acuerdo e invitar abiertamente a plantear objeciones",
                            ],
                            "fr": [
                                "rédiger un résumé neutre d'une longue discussion",
                                "distinguer les vrais désaccords des malentendus",
                                "proposer un compromis et inviter ouvertement les objections",
                            ],
                            "pl": [
                                "napisać neutralne podsumowanie długiej dyskusji",
                                "odróżnić prawdziwe różnice zdań od nieporozumień",
                                (
                                    "zaproponować kompromis i otwarcie zachęcić do zgłaszania "
                                    "zastrzeżeń"
                                ),
                            ],
                            "ar": [
                                "كتابة ملخص محايد لنقاش طويل",
                                "التمييز بين الخلافات الحقيقية وسوء الفهم",
                                "اقتراح حل وسط ودعوة الآخرين صراحةً إلى إبداء اعتراضاتهم",
                            ],
                        },
                        "sessions": [
                            {
                                "days_from_now": -25,
                                "local_time": "19:00",
                                "time_zone": "Europe/Warsaw",
                                "duration_minutes": 120,
                                "format": "online",
                                "place": None,
                                "online_url": "https://meet.example.org/consensus-1",
                                "language": "pl",
                                "capacity": 20,
                            },
                            {
                                "days_from_now": 16,
                                "local_time": "20:00",
                                "time_zone": "America/New_York",
                                "duration_minutes": 120,
                                "format": "online",
                                "place": None,
                                "online_url": "https://meet.example.org/consensus-2",
                                "language": "en",
                                "capacity": 40,
                            },
                            {
                                "days_from_now": 62,
                                "local_time": "18:00",
                                "time_zone": "Asia/Riyadh",
                                "duration_minutes": 120,
                                "format": "hybrid",
                                "place": {
                                    "en": "King Fahd National Library, Riyadh",
                                    "de": "König-Fahd-Nationalbibliothek, Riad",
                                    "es": "Biblioteca Nacional Rey Fahd, Riad",
                                    "fr": "Bibliothèque nationale du Roi-Fahd, Riyad",
                                    "pl": "Biblioteka Narodowa im. Króla Fahda, Rijad",
                                    "ar": "مكتبة الملك فهد الوطنية، الرياض",
                                },
                                "online_url": "https://meet.example.org/consensus-3",
                                "language": "ar",
                                "capacity": 18,
                            },
                        ],
                    },
                    {
                        "slug": "roles-titles-and-voice",
                        "title": {
                            "en": "Roles, titles and who gets heard",
                            "de": "Rollen, Titel und wer gehört wird",
                            "es": "Roles, títulos y quién tiene voz",
                            "fr": "Rôles, titres et qui se fait entendre",
                            "pl": "Role, tytuły i czyj głos się liczy",
                            "ar": "الأدوار والألقاب ومن يُسمع صوته",
                        },
                        "intro": {
                            "en": (
                                "Titles can help people find support, or quietly concentrate "
                                "power. Review the roles in your own community, spot where voices "
                                "go missing and choose names that invite participation."
                            ),
                            "de": (
                                "Titel können helfen, Unterstützung zu finden, sie können aber "
                                "auch unauffällig Macht bündeln. Schau dir die Rollen in deiner "
                                "Community an, erkenne, wo Stimmen fehlen, und wähle "
                                "Bezeichnungen, die zum Mitmachen einladen."
                            ),
                            "es": (
                                "Los títulos pueden ayudar a encontrar apoyo o concentrar el poder "
                                "sin que nadie lo note. Revisa los roles de tu comunidad, detecta "
                                "qué voces faltan y elige nombres que inviten a participar."
                            ),
                            "fr": (
                                "Les titres peuvent aider à trouver du soutien, ou concentrer le "
                                "pouvoir sans bruit. Passez en revue les rôles de votre "
                                "communauté, repérez les voix absentes et choisissez des "
                                "appellations qui invitent à participer."
                            ),
                            "pl": (
                                "Tytuły mogą pomagać w znalezieniu wsparcia albo po cichu skupiać "
                                "władzę. Przyjrzyj się rolom we własnej społeczności, zauważ, "
                                "których głosów brakuje, i wybierz nazwy zachęcające do udziału."
                            ),
                            "ar": (
                                "قد تساعد الألقاب الناس على إيجاد الدعم، وقد تركّز السلطة بصمت. "
                                "راجعوا الأدوار في مجتمعكم، وتعرّفوا على الأصوات الغائبة، واختاروا "
                                "مسميات تشجّع على المشاركة."
                            ),
                        },
                        "duration_hint": {
                            "en": "90 minutes, plus a short self-assessment",
                            "de": "90 Minuten, dazu eine kurze Selbsteinschätzung",
                            "es": "90 minutos, más una breve autoevaluación",
                            "fr": "90 minutes, plus une courte auto-évaluation",
                            "pl": "90 minut plus krótka samoocena",
                            "ar": "90 دقيقة، إضافة إلى تقييم ذاتي قصير",
                        },
                        "outcomes": {
                            "en": [
                                "map the formal and informal roles in your community",
                                "recognise where decisions depend on too few people",
                                "suggest role names and rotations that spread responsibility",
                            ],
                            "de": [
                                (
                                    "die formellen und informellen Rollen in deiner Community "
                                    "darstellen"
                                ),
                                "erkennen, wo Entscheidungen an zu wenigen Menschen hängen",
                                (
                                    "Rollenbezeichnungen und Wechsel vorschlagen, die "
                                    "Verantwortung verteilen"
                                ),
                            ],
                            "es": [
                                "trazar un mapa de los roles formales e informales de tu comunidad",
                                "reconocer dónde las decisiones dependen de muy pocas personas",
                                (
                                    "proponer nombres de roles y rotaciones que repartan la "
                                    "responsabilidad"
                                ),
                            ],
                            "fr": [
                                "cartographier les rôles formels et informels de votre communauté",
                                "repérer les décisions qui reposent sur trop peu de personnes",
                                (
                                    "proposer des intitulés et des rotations qui répartissent les "
                                    "responsabilités"
                                ),
                            ],
                            "pl": [
                                "rozpisać formalne i nieformalne role w swojej społeczności",
                                "rozpoznać, gdzie decyzje zależą od zbyt małej liczby osób",
                                (
                                    "zaproponować nazwy ról i rotację, które rozkładają "
                                    "odpowiedzialność"
                                ),
                            ],
                            "ar": [
                                "رسم خريطة للأدوار الرسمية وغير الرسمية في مجتمعكم",
                                (
                                    "ملاحظة المواضع التي تعتمد فيها القرارات على عدد قليل جدًا من "
                                    "الأشخاص"
                                ),
                                "اقتراح مسميات للأدوار ومناوبات توزّع المسؤولية",
                            ],
                        },
                        "sessions": [
                            {
                                "days_from_now": 23,
                                "local_time": "17:00",
                                "time_zone": "Africa/Lagos",
                                "duration_minutes": 90,
                                "format": "in_person",
                                "place": {
                                    "en": "Co-Creation Hub, Yaba, Lagos",
                                    "de": "Co-Creation Hub, Yaba, Lagos",
                                    "es": "Co-Creation Hub, Yaba, Lagos",
                                    "fr": "Co-Creation Hub, Yaba, Lagos",
                                    "pl": "Co-Creation Hub, Yaba, Lagos",
                                    "ar": "مركز كو-كرييشن هب، يابا، لاغوس",
                                },
                                "online_url": "",
                                "language": "en",
                                "capacity": 8,
                            },
                            {
                                "days_from_now": 75,
                                "local_time": "18:00",
                                "time_zone": "Europe/Madrid",
                                "duration_minutes": 90,
                                "format": "online",
                                "place": None,
                                "online_url": "https://meet.example.org/roles-titles-2",
                                "language": "es",
                                "capacity": 20,
                            },
                        ],
                    },
                ],
            },
        ],
    },
    {
        "slug": "peer-learning",
        "accent": "amber",
        "title": {
            "en": "School of Peer Learning",
            "de": "Schule für gemeinsames Lernen",
            "es": "Escuela de Aprendizaje entre Pares",
            "fr": "École d'apprentissage entre pairs",
            "pl": "Szkoła wzajemnego uczenia się",
            "ar": "مدرسة التعلّم بين الأقران",
        },
        "intro": {
            "en": (
                "Share what you know so that others can grow. Learn to run hands-on workshops, "
                "support newer volunteers over time and point people to the learning materials "
                "that fit them."
            ),
            "de": (
                "Teile dein Wissen, damit andere wachsen können. Lerne, praxisnahe Workshops "
                "durchzuführen, neuere Ehrenamtliche über längere Zeit zu begleiten und Menschen "
                "zu passenden Lernmaterialien zu führen."
            ),
            "es": (
                "Comparte lo que sabes para que otras personas puedan crecer. Aprende a dirigir "
                "talleres prácticos, a acompañar durante meses a quienes acaban de llegar y a "
                "recomendar los materiales de aprendizaje adecuados."
            ),
            "fr": (
                "Partagez ce que vous savez pour aider les autres à progresser. Apprenez à mener "
                "des ateliers pratiques, à accompagner dans la durée des bénévoles plus récent·es "
                "et à orienter chacun·e vers les ressources qui lui conviennent."
            ),
            "pl": (
                "Dziel się tym, co wiesz, aby inni mogli się rozwijać. Naucz się prowadzić "
                "praktyczne warsztaty, wspierać nowszych wolontariuszy i wolontariuszki na dłuższą "
                "metę i wskazywać materiały do nauki, które do nich pasują."
            ),
            "ar": (
                "شاركوا ما تعرفونه ليتمكّن غيركم من النمو. تعلّموا كيف تديرون ورش عمل تطبيقية، "
                "وتدعمون المتطوعين الجدد على المدى الطويل، وتوجّهون الناس إلى مواد التعلّم "
                "المناسبة لهم."
            ),
        },
        "tracks": [
            {
                "slug": "teaching-wiki-skills",
                "level": "first_steps",
                "featured": True,
                "title": {
                    "en": "Teaching wiki skills hands-on",
                    "de": "Wiki-Wissen praktisch vermitteln",
                    "es": "Enseñar a editar en la práctica",
                    "fr": "Transmettre les savoir-faire wiki en pratique",
                    "pl": "Wiki w praktyce: jak uczyć innych",
                    "ar": "تعليم مهارات الويكي بشكل عملي",
                },
                "intro": {
                    "en": (
                        "From your first edit-a-thon to a short explanation for a friend: plan "
                        "sessions that are hands-on, paced for beginners and linked to good "
                        "materials people can return to."
                    ),
                    "de": (
                        "Vom ersten Edit-a-thon bis zur kurzen Erklärung für eine Freundin: Plane "
                        "Veranstaltungen, die praxisnah sind, sich nach dem Tempo von Neulingen "
                        "richten und auf gute Materialien verweisen, zu denen man zurückkehren "
                        "kann."
                    ),
                    "es": (
                        "Desde tu primer editatón hasta una breve explicación para una amiga: "
                        "planifica encuentros prácticos, al ritmo de quienes empiezan y con buenos "
                        "materiales a los que se pueda volver."
                    ),
                    "fr": (
                        "De votre premier edit-a-thon à une petite explication pour une amie : "
                        "préparez des séances pratiques, au rythme des débutant·es, et reliées à "
                        "de bonnes ressources que l'on peut consulter ensuite."
                    ),
                    "pl": (
                        "Od pierwszego edytatonu po krótkie wyjaśnienie dla znajomej: zaplanuj "
                        "praktyczne zajęcia w tempie dostosowanym do początkujących, z odnośnikami "
                        "do dobrych materiałów, do których można wrócić."
                    ),
                    "ar": (
                        "من أول ماراثون تحرير تنظّمونه إلى شرح قصير لصديقة: خطّطوا لجلسات عملية "
                        "تناسب إيقاع المبتدئين وترتبط بمواد جيدة يمكن الرجوع إليها لاحقًا."
                    ),
                },
                "workshops": [
                    {
                        "slug": "first-edit-a-thon",
                        "title": {
                            "en": "Running your first edit-a-thon",
                            "de": "Dein erster Edit-a-thon",
                            "es": "Organiza tu primer editatón",
                            "fr": "Organiser votre premier edit-a-thon",
                            "pl": "Twój pierwszy edytaton",
                            "ar": "تنظيم ماراثون التحرير الأول",
                        },
                        "intro": {
                            "en": (
                                "Walk through everything from choosing a topic and a partner venue "
                                "to the welcome, the editing time and the follow-up. You leave "
                                "with a checklist and a realistic schedule."
                            ),
                            "de": (
                                "Wir gehen alles gemeinsam durch: Thema und Partnerort wählen, "
                                "Begrüßung, Schreibzeit und Nachbereitung. Du gehst mit einer "
                                "Checkliste und einem realistischen Zeitplan nach Hause."
                            ),
                            "es": (
                                "Repasamos todo el proceso: elegir el tema y el lugar aliado, la "
                                "bienvenida, el tiempo de edición y el seguimiento. Te llevas una "
                                "lista de comprobación y un calendario realista."
                            ),
                            "fr": (
                                "Nous passons tout en revue : choix du thème et du lieu "
                                "partenaire, accueil, temps d'écriture et suivi. Vous repartez "
                                "avec une liste de contrôle et un planning réaliste."
                            ),
                            "pl": (
                                "Omawiamy wszystko po kolei: wybór tematu i miejsca partnerskiego, "
                                "powitanie, czas na edytowanie i działania po wydarzeniu. "
                                "Wychodzisz z listą kontrolną i realistycznym harmonogramem."
                            ),
                            "ar": (
                                "نستعرض كل الخطوات: اختيار الموضوع والمكان الشريك، والترحيب "
                                "بالمشاركين، ووقت التحرير، والمتابعة بعد الحدث. وتغادرون ومعكم "
                                "قائمة مراجعة وجدول زمني واقعي."
                            ),
                        },
                        "duration_hint": {
                            "en": "3 hours, plus 1 hour of preparation",
                            "de": "3 Stunden, dazu 1 Stunde Vorbereitung",
                            "es": "3 horas, más 1 hora de preparación",
                            "fr": "3 heures, plus 1 heure de préparation",
                            "pl": "3 godziny plus 1 godzina przygotowań",
                            "ar": "3 ساعات، إضافة إلى ساعة من التحضير",
                        },
                        "outcomes": {
                            "en": [
                                "plan an edit-a-thon with a partner such as a library or museum",
                                "prepare accounts, topics and sources before the day",
                                "follow up so that participants keep editing afterwards",
                            ],
                            "de": [
                                (
                                    "einen Edit-a-thon mit einer Bibliothek, einem Museum oder "
                                    "einer anderen Partnerinstitution planen"
                                ),
                                "Benutzerkonten, Themen und Quellen vorab vorbereiten",
                                "nachfassen, damit die Teilnehmenden auch danach weiter schreiben",
                            ],
                            "es": [
                                (
                                    "planificar un editatón con una institución aliada, como una "
                                    "biblioteca o un museo"
                                ),
                                "preparar cuentas, temas y fuentes antes del evento",
                                (
                                    "hacer un seguimiento para que las personas participantes "
                                    "sigan editando"
                                ),
                            ],
                            "fr": [
                                (
                                    "préparer un edit-a-thon avec un partenaire comme une "
                                    "bibliothèque ou un musée"
                                ),
                                "organiser les comptes, les sujets et les sources en amont",
                                (
                                    "assurer un suivi pour que les participant·es continuent à "
                                    "contribuer"
                                ),
                            ],
                            "pl": [
                                (
                                    "zaplanować edytaton z partnerem, na przykład biblioteką lub "
                                    "muzeum"
                                ),
                                "przygotować konta, tematy i źródła przed wydarzeniem",
                                "utrzymać kontakt, by uczestnicy i uczestniczki edytowali dalej",
                            ],
                            "ar": [
                                "التخطيط لماراثون تحرير مع جهة شريكة مثل مكتبة أو متحف",
                                "تجهيز الحسابات والمواضيع والمصادر قبل يوم الحدث",
                                "متابعة المشاركين كي يواصلوا التحرير بعد انتهاء الحدث",
                            ],
                        },
                        "sessions": [
                            {
                                "days_from_now": -5,
                                "local_time": "10:00",
                                "time_zone": "America/Mexico_City",
                                "duration_minutes": 180,
                                "format": "in_person",
                                "place": {
                                    "en": "Biblioteca Vasconcelos, Mexico City",
                                    "de": "Biblioteca Vasconcelos, Mexiko-Stadt",
                                    "es": "Biblioteca Vasconcelos, Ciudad de México",
                                    "fr": "Bibliothèque Vasconcelos, Mexico",
                                    "pl": "Biblioteka Vasconcelosa, Meksyk",
                                    "ar": "مكتبة فاسكونسيلوس، مدينة مكسيكو",
                                },
                                "online_url": "",
                                "language": "es",
                                "capacity": 30,
                            },
                            {
                                "days_from_now": 12,
                                "local_time": "10:00",
                                "time_zone": "Europe/Berlin",
                                "duration_minutes": 180,
                                "format": "hybrid",
                                "place": {
                                    "en": "Wikimedia Deutschland office, Berlin",
                                    "de": "Geschäftsstelle von Wikimedia Deutschland, Berlin",
                                    "es": "Oficina de Wikimedia Deutschland, Berlín",
                                    "fr": "Locaux de Wikimedia Deutschland, Berlin",
                                    "pl": "Biuro Wikimedia Deutschland, Berlin",
                                    "ar": "مكتب ويكيميديا ألمانيا، برلين",
                                },
                                "online_url": "https://meet.example.org/edit-a-thon-2",
                                "language": "de",
                                "capacity": 24,
                            },
                            {
                                "days_from_now": 47,
                                "local_time": "09:30",
                                "time_zone": "Asia/Jakarta",
                                "duration_minutes": 180,
                                "format": "in_person",
                                "place": {
                                    "en": "National Library of Indonesia, Jakarta",
                                    "de": "Indonesische Nationalbibliothek, Jakarta",
                                    "es": "Biblioteca Nacional de Indonesia, Yakarta",
                                    "fr": "Bibliothèque nationale d'Indonésie, Jakarta",
                                    "pl": "Biblioteka Narodowa Indonezji, Dżakarta",
                                    "ar": "المكتبة الوطنية الإندونيسية، جاكرتا",
                                },
                                "online_url": "",
                                "language": "en",
                                "capacity": 35,
                            },
                        ],
                    },
                    {
                        "slug": "finding-learning-materials",
                        "title": {
                            "en": "Pointing people to the right learning materials",
                            "de": "Die passenden Lernmaterialien empfehlen",
                            "es": "Recomendar los materiales de aprendizaje adecuados",
                            "fr": "Orienter vers les bonnes ressources",
                            "pl": "Jak polecać odpowiednie materiały do nauki",
                            "ar": "توجيه الناس إلى مواد التعلّم المناسبة",
                        },
                        "intro": {
                            "en": (
                                "Good tutorials, videos and help pages already exist, but people "
                                "rarely find them alone. Build a short, tested list of resources "
                                "for your community and learn to recommend the right one at the "
                                "right moment."
                            ),
                            "de": (
                                "Gute Anleitungen, Videos und Hilfeseiten gibt es längst, doch "
                                "allein findet man sie selten. Stelle eine kurze, erprobte "
                                "Sammlung für deine Community zusammen und lerne, im richtigen "
                                "Moment das Richtige zu empfehlen."
                            ),
                            "es": (
                                "Ya existen buenos tutoriales, videos y páginas de ayuda, pero "
                                "casi nadie los encuentra sin ayuda. Crea una lista breve y "
                                "probada de recursos para tu comunidad y aprende a recomendar el "
                                "adecuado en el momento justo."
                            ),
                            "fr": (
                                "Les bons tutoriels, vidéos et pages d'aide existent déjà, mais on "
                                "les trouve rarement seul·e. Constituez une courte liste de "
                                "ressources éprouvées pour votre communauté et apprenez à "
                                "recommander la bonne au bon moment."
                            ),
                            "pl": (
                                "Dobre poradniki, filmy i strony pomocy już istnieją, ale rzadko "
                                "ktoś trafia na nie sam. Przygotuj krótką, sprawdzoną listę "
                                "materiałów dla swojej społeczności i naucz się polecać właściwy "
                                "we właściwym momencie."
                            ),
                            "ar": (
                                "توجد بالفعل دروس ومقاطع فيديو وصفحات مساعدة جيدة، لكن قلّما يعثر "
                                "عليها الناس وحدهم. أعدّوا قائمة قصيرة ومجرّبة من الموارد "
                                "لمجتمعكم، وتعلّموا كيف تقترحون المورد المناسب في الوقت المناسب."
                            ),
                        },
                        "duration_hint": {
                            "en": "90 minutes, plus 30 minutes to test resources at home",
                            "de": (
                                "90 Minuten, dazu 30 Minuten, um Materialien zu Hause "
                                "auszuprobieren"
                            ),
                            "es": "90 minutos, más 30 minutos para probar recursos en casa",
                            "fr": (
                                "90 minutes, plus 30 minutes pour tester des ressources chez vous"
                            ),
                            "pl": "90 minut plus 30 minut na samodzielne przetestowanie materiałów",
                            "ar": "90 دقيقة، إضافة إلى 30 دقيقة لتجربة الموارد في المنزل",
                        },
                        "outcomes": {
                            "en": [
                                "find reliable tutorials and help pages in your language",
                                "judge whether a resource fits a person's level",
                                "keep a short resource list up to date together with others",
                            ],
                            "de": [
                                "verlässliche Anleitungen und Hilfeseiten in deiner Sprache finden",
                                "einschätzen, ob ein Material zum Kenntnisstand einer Person passt",
                                "gemeinsam mit anderen eine kurze Materialliste aktuell halten",
                            ],
                            "es": [
                                "encontrar tutoriales y páginas de ayuda fiables en tu idioma",
                                "valorar si un recurso se ajusta al nivel de cada persona",
                                (
                                    "mantener al día, junto con otras personas, una breve lista de "
                                    "recursos"
                                ),
                            ],
                            "fr": [
                                (
                                    "trouver des tutoriels et des pages d'aide fiables dans votre "
                                    "langue"
                                ),
                                "évaluer si une ressource correspond au niveau d'une personne",
                                "tenir à jour, à plusieurs, une courte liste de ressources",
                            ],
                            "pl": [
                                "znaleźć rzetelne poradniki i strony pomocy w swoim języku",
                                "ocenić, czy dany materiał pasuje do poziomu konkretnej osoby",
                                "wspólnie z innymi aktualizować krótką listę materiałów",
                            ],
                            "ar": [
                                "العثور على دروس وصفحات مساعدة موثوقة بلغتكم",
                                "تقدير ما إذا كان المورد يناسب مستوى الشخص",
                                "تحديث قائمة موارد قصيرة بالتعاون مع الآخرين",
                            ],
                        },
                        "sessions": [
                            {
                                "days_from_now": 3,
                                "local_time": "19:00",
                                "time_zone": "Europe/Warsaw",
                                "duration_minutes": 90,
                                "format": "online",
                                "place": None,
                                "online_url": "https://meet.example.org/learning-materials-1",
                                "language": "pl",
                                "capacity": 25,
                            },
                            {
                                "days_from_now": 34,
                                "local_time": "18:00",
                                "time_zone": "Africa/Dakar",
                                "duration_minutes": 90,
                                "format": "online",
                                "place": None,
                                "online_url": "https://meet.example.org/learning-materials-2",
                                "language": "fr",
                                "capacity": 25,
                            },
                        ],
                    },
                ],
            },
            {
                "slug": "supporting-peers",
                "level": "growing",
                "featured": False,
                "title": {
                    "en": "Supporting peers over time",
                    "de": "Andere langfristig begleiten",
                    "es": "Acompañar a otras personas a largo plazo",
                    "fr": "Accompagner ses pairs dans la durée",
                    "pl": "Długofalowe wspieranie innych",
                    "ar": "دعم الأقران على المدى الطويل",
                },
                "intro": {
                    "en": (
                        "One-to-one support and well-structured learning events help new "
                        "volunteers grow into confident contributors. This track covers regular "
                        "check-ins and the two-day Learning Days format."
                    ),
                    "de": (
                        "Persönliche Begleitung und gut strukturierte Lernveranstaltungen helfen "
                        "neuen Ehrenamtlichen, sicher mitzuwirken. In diesem Lernpfad geht es um "
                        "regelmäßige Gespräche und das zweitägige Format der Lerntage."
                    ),
                    "es": (
                        "El acompañamiento individual y los encuentros de aprendizaje bien "
                        "estructurados ayudan a las personas voluntarias nuevas a ganar confianza. "
                        "Este itinerario trata las conversaciones periódicas y el formato de dos "
                        "días de las Jornadas de Aprendizaje."
                    ),
                    "fr": (
                        "Un accompagnement individuel et des temps d'apprentissage bien structurés "
                        "aident les nouvelles personnes bénévoles à prendre confiance. Ce parcours "
                        "traite des points réguliers en tête-à-tête et du format de deux jours des "
                        "Journées d'apprentissage."
                    ),
                    "pl": (
                        "Indywidualne wsparcie i dobrze zaplanowane wydarzenia edukacyjne pomagają "
                        "nowym wolontariuszom i wolontariuszkom nabrać pewności siebie. Ta ścieżka "
                        "obejmuje regularne rozmowy oraz dwudniowy format Dni Nauki."
                    ),
                    "ar": (
                        "يساعد الدعم الفردي وفعاليات التعلّم المنظَّمة المتطوعين الجدد على أن "
                        "يصبحوا مساهمين واثقين. يتناول هذا المسار اللقاءات الدورية وصيغة «أيام "
                        "التعلّم» الممتدة على يومين."
                    ),
                },
                "workshops": [
                    {
                        "slug": "one-to-one-check-ins",
                        "title": {
                            "en": "Regular one-to-one check-ins",
                            "de": "Regelmäßige Gespräche unter vier Augen",
                            "es": "Conversaciones individuales periódicas",
                            "fr": "Des points réguliers en tête-à-tête",
                            "pl": "Regularne rozmowy jeden na jeden",
                            "ar": "لقاءات فردية منتظمة",
                        },
                        "intro": {
                            "en": (
                                "Learn to hold short, regular conversations with a newer "
                                "volunteer: asking open questions, agreeing on goals and knowing "
                                "when to step back. Includes a simple plan for the first three "
                                "months."
                            ),
                            "de": (
                                "Lerne, kurze, regelmäßige Gespräche mit neueren Ehrenamtlichen zu "
                                "führen: offene Fragen stellen, Ziele vereinbaren und wissen, wann "
                                "du dich zurücknimmst. Mit einem einfachen Plan für die ersten "
                                "drei Monate."
                            ),
                            "es": (
                                "Aprende a mantener conversaciones breves y periódicas con una "
                                "persona voluntaria más nueva: hacer preguntas abiertas, acordar "
                                "objetivos y saber cuándo dar un paso atrás. Incluye un plan "
                                "sencillo para los tres primeros meses."
                            ),
                            "fr": (
                                "Apprenez à mener de courts échanges réguliers avec une personne "
                                "bénévole plus récente : poser des questions ouvertes, convenir "
                                "d'objectifs et savoir quand prendre du recul. Avec un plan simple "
                                "pour les trois premiers mois."
                            ),
                            "pl": (
                                "Naucz się prowadzić krótkie, regularne rozmowy z osobą, która "
                                "niedawno dołączyła: zadawać pytania otwarte, ustalać cele i "
                                "wiedzieć, kiedy się wycofać. W zestawie prosty plan na pierwsze "
                                "trzy miesiące."
                            ),
                            "ar": (
                                "تعلّموا كيف تجرون محادثات قصيرة ومنتظمة مع متطوع انضم حديثًا: طرح "
                                "أسئلة مفتوحة، والاتفاق على الأهداف، ومعرفة متى تتراجعون خطوة إلى "
                                "الوراء. تتضمن الورشة خطة بسيطة للأشهر الثلاثة الأولى."
                            ),
                        },
                        "duration_hint": {
                            "en": "2 hours, plus 30 minutes of reading",
                            "de": "2 Stunden, dazu 30 Minuten Lektüre",
                            "es": "2 horas, más 30 minutos de lectura",
                            "fr": "2 heures, plus 30 minutes de lecture",
                            "pl": "2 godziny plus 30 minut lektury",
                            "ar": "ساعتان، إضافة إلى 30 دقيقة من القراءة",
                        },
                        "outcomes": {
                            "en": [
                                "ask open questions that help people find their own answers",
                                "agree on small, realistic goals together",
                                "recognise when a person is ready to carry on alone",
                            ],
                            "de": [
                                "offene Fragen stellen, mit denen andere eigene Antworten finden",
                                "gemeinsam kleine, realistische Ziele vereinbaren",
                                "erkennen, wann jemand bereit ist, allein weiterzumachen",
                            ],
                            "es": [
                                (
                                    "hacer preguntas abiertas que ayuden a encontrar respuestas "
                                    "propias"
                                ),
                                "acordar en conjunto objetivos pequeños y realistas",
                                "reconocer cuándo una persona está lista para seguir por su cuenta",
                            ],
                            "fr": [
                                (
                                    "poser des questions ouvertes qui aident à trouver ses propres "
                                    "réponses"
                                ),
                                "fixer ensemble des objectifs modestes et réalistes",
                                "reconnaître quand une personne est prête à continuer seule",
                            ],
                            "pl": [
                                "zadawać pytania otwarte, które pomagają znaleźć własne odpowiedzi",
                                "wspólnie ustalać małe, realistyczne cele",
                                "rozpoznać, kiedy dana osoba jest gotowa działać samodzielnie",
                            ],
                            "ar": [
                                "طرح أسئلة مفتوحة تساعد الشخص على إيجاد إجاباته بنفسه",
                                "الاتفاق معًا على أهداف صغيرة وواقعية",
                                "إدراك اللحظة التي يصبح فيها الشخص مستعدًا لمواصلة الطريق وحده",
                            ],
                        },
                        "sessions": [
                            {
                                "days_from_now": -33,
                                "local_time": "18:00",
                                "time_zone": "Pacific/Auckland",
                                "duration_minutes": 120,
                                "format": "online",
                                "place": None,
                                "online_url": "https://meet.example.org/check-ins-1",
                                "language": "en",
                                "capacity": 15,
                            },
                            {
                                "days_from_now": 20,
                                "local_time": "19:30",
                                "time_zone": "Europe/Paris",
                                "duration_minutes": 120,
                                "format": "online",
                                "place": None,
                                "online_url": "https://meet.example.org/check-ins-2",
                                "language": "fr",
                                "capacity": 20,
                            },
                            {
                                "days_from_now": 54,
                                "local_time": "18:00",
                                "time_zone": "America/Bogota",
                                "duration_minutes": 120,
                                "format": "hybrid",
                                "place": {
                                    "en": "Luis Ángel Arango Library, Bogotá",
                                    "de": "Bibliothek Luis Ángel Arango, Bogotá",
                                    "es": "Biblioteca Luis Ángel Arango, Bogotá",
                                    "fr": "Bibliothèque Luis Ángel Arango, Bogota",
                                    "pl": "Biblioteka Luisa Ángela Arango, Bogota",
                                    "ar": "مكتبة لويس أنخيل أرانغو، بوغوتا",
                                },
                                "online_url": "https://meet.example.org/check-ins-3",
                                "language": "es",
                                "capacity": 20,
                            },
                        ],
                    },
                    {
                        "slug": "hosting-learning-days",
                        "title": {
                            "en": "Hosting Learning Days",
                            "de": "Lerntage ausrichten",
                            "es": "Organizar Jornadas de Aprendizaje",
                            "fr": "Organiser des Journées d'apprentissage",
                            "pl": "Jak zorganizować Dni Nauki",
                            "ar": "تنظيم «أيام التعلّم»",
                        },
                        "intro": {
                            "en": (
                                "Learning Days run over two days: the first brings experienced "
                                "volunteers together to swap practices, the second opens the room "
                                "to people who have just started guiding others. Plan both days "
                                "and the handover between them."
                            ),
                            "de": (
                                "Lerntage dauern zwei Tage: Am ersten tauschen erfahrene "
                                "Ehrenamtliche ihre Praxis aus, am zweiten kommen alle dazu, die "
                                "gerade erst angefangen haben, andere zu begleiten. Plane beide "
                                "Tage und den Übergang dazwischen."
                            ),
                            "es": (
                                "Las Jornadas de Aprendizaje duran dos días: el primero reúne a "
                                "personas con experiencia para intercambiar prácticas y el segundo "
                                "se abre a quienes acaban de empezar a acompañar a otras. "
                                "Planifica ambos días y el paso de uno a otro."
                            ),
                            "fr": (
                                "Les Journées d'apprentissage durent deux jours : le premier "
                                "réunit des bénévoles expérimenté·es pour échanger leurs "
                                "pratiques, le second s'ouvre à celles et ceux qui commencent à "
                                "accompagner d'autres personnes. Préparez les deux journées et la "
                                "transition."
                            ),
                            "pl": (
                                "Dni Nauki trwają dwa dni: pierwszego spotykają się doświadczone "
                                "osoby, by wymienić się praktykami, a drugiego dołączają ci, "
                                "którzy dopiero zaczęli wspierać innych. Zaplanuj oba dni i "
                                "przejście między nimi."
                            ),
                            "ar": (
                                "تمتد «أيام التعلّم» على يومين: يجمع اليوم الأول المتطوعين ذوي "
                                "الخبرة لتبادل الممارسات، ويُفتح اليوم الثاني لمن بدأوا للتوّ في "
                                "دعم غيرهم. خطّطوا لليومين وللانتقال بينهما."
                            ),
                        },
                        "duration_hint": {
                            "en": "2 hours, plus a planning template to fill in",
                            "de": "2 Stunden, dazu eine Planungsvorlage zum Ausfüllen",
                            "es": "2 horas, más una plantilla de planificación para completar",
                            "fr": "2 heures, plus un modèle de planification à remplir",
                            "pl": "2 godziny plus szablon planu do wypełnienia",
                            "ar": "ساعتان، إضافة إلى نموذج تخطيط لتعبئته",
                        },
                        "outcomes": {
                            "en": [
                                (
                                    "design a first day where experienced volunteers learn from "
                                    "each other"
                                ),
                                "open the second day to newer people without losing depth",
                                "collect what was learned so that the next edition improves",
                            ],
                            "de": [
                                "einen ersten Tag gestalten, an dem Erfahrene voneinander lernen",
                                "den zweiten Tag für Neuere öffnen, ohne an Tiefe zu verlieren",
                                "Erkenntnisse sammeln, damit die nächste Ausgabe besser wird",
                            ],
                            "es": [
                                (
                                    "diseñar un primer día en el que las personas con experiencia "
                                    "aprendan unas de otras"
                                ),
                                "abrir el segundo día a gente más nueva sin perder profundidad",
                                "recoger lo aprendido para mejorar la siguiente edición",
                            ],
                            "fr": [
                                (
                                    "concevoir une première journée où les bénévoles "
                                    "expérimenté·es apprennent les un·es des autres"
                                ),
                                (
                                    "ouvrir la deuxième journée aux nouvelles personnes sans "
                                    "perdre en profondeur"
                                ),
                                "recueillir les enseignements pour améliorer l'édition suivante",
                            ],
                            "pl": [
                                (
                                    "zaprojektować pierwszy dzień, w którym doświadczone osoby "
                                    "uczą się od siebie nawzajem"
                                ),
                                "otworzyć drugi dzień dla nowszych osób bez utraty głębi",
                                "zebrać wnioski, by kolejna edycja była lepsza",
                            ],
                            "ar": [
                                "تصميم يوم أول يتعلّم فيه ذوو الخبرة بعضهم من بعض",
                                "فتح اليوم الثاني أمام المنضمّين الجدد دون التضحية بالعمق",
                                "جمع الدروس المستفادة لتحسين الدورة التالية",
                            ],
                        },
                        "sessions": [
                            {
                                "days_from_now": 27,
                                "local_time": "09:00",
                                "time_zone": "Europe/Vienna",
                                "duration_minutes": 120,
                                "format": "in_person",
                                "place": {
                                    "en": "Wikimedia Österreich office, Vienna",
                                    "de": "Büro von Wikimedia Österreich, Wien",
                                    "es": "Oficina de Wikimedia Österreich, Viena",
                                    "fr": "Locaux de Wikimedia Österreich, Vienne",
                                    "pl": "Biuro Wikimedia Österreich, Wiedeń",
                                    "ar": "مكتب ويكيميديا النمسا، فيينا",
                                },
                                "online_url": "",
                                "language": "de",
                                "capacity": 12,
                            },
                            {
                                "days_from_now": 68,
                                "local_time": "16:00",
                                "time_zone": "Asia/Beirut",
                                "duration_minutes": 120,
                                "format": "online",
                                "place": None,
                                "online_url": "https://meet.example.org/learning-days-2",
                                "language": "ar",
                                "capacity": 25,
                            },
                        ],
                    },
                ],
            },
        ],
    },
    {
        "slug": "sustainable-organising",
        "accent": "plum",
        "title": {
            "en": "School of Sustainable Organising",
            "de": "Schule für nachhaltiges Organisieren",
            "es": "Escuela de Organización Sostenible",
            "fr": "École de l'organisation durable",
            "pl": "Szkoła zrównoważonego działania",
            "ar": "مدرسة التنظيم المستدام",
        },
        "intro": {
            "en": (
                "Keep your community going for years, not months. Learn to listen well, welcome "
                "new people, share the load and design processes that do not depend on one tired "
                "volunteer."
            ),
            "de": (
                "Damit deine Community über Jahre trägt und nicht nur über Monate: Lerne, gut "
                "zuzuhören, neue Menschen willkommen zu heißen, Aufgaben zu verteilen und Abläufe "
                "zu gestalten, die nicht an einer einzigen erschöpften Person hängen."
            ),
            "es": (
                "Haz que tu comunidad dure años, no meses. Aprende a escuchar bien, a dar la "
                "bienvenida a gente nueva, a repartir la carga y a diseñar procesos que no "
                "dependan de una sola persona agotada."
            ),
            "fr": (
                "Faites vivre votre communauté pendant des années, pas seulement quelques mois. "
                "Apprenez à bien écouter, à accueillir de nouvelles personnes, à répartir la "
                "charge et à concevoir des processus qui ne reposent pas sur une seule personne "
                "épuisée."
            ),
            "pl": (
                "Niech twoja społeczność działa latami, a nie miesiącami. Naucz się uważnie "
                "słuchać, witać nowe osoby, dzielić się obowiązkami i projektować procesy, które "
                "nie zależą od jednej zmęczonej osoby."
            ),
            "ar": (
                "اجعلوا مجتمعكم يستمر لسنوات لا لأشهر. تعلّموا الإصغاء الجيد، والترحيب بالوافدين "
                "الجدد، وتوزيع الأعباء، وتصميم إجراءات لا تعتمد على متطوع واحد منهك."
            ),
        },
        "tracks": [
            {
                "slug": "welcoming-new-people",
                "level": "growing",
                "featured": True,
                "title": {
                    "en": "Welcoming new people",
                    "de": "Neue Menschen willkommen heißen",
                    "es": "Dar la bienvenida a gente nueva",
                    "fr": "Accueillir de nouvelles personnes",
                    "pl": "Jak witać nowe osoby",
                    "ar": "الترحيب بالوافدين الجدد",
                },
                "intro": {
                    "en": (
                        "New editors, partner organisations and curious visitors all arrive with "
                        "their own reasons. Learn to understand those motivations and to turn a "
                        "first contact into a lasting connection."
                    ),
                    "de": (
                        "Neue Autorinnen und Autoren, Partnerorganisationen und neugierige Gäste "
                        "kommen alle aus eigenen Gründen. Lerne, diese Beweggründe zu verstehen "
                        "und aus einem ersten Kontakt eine dauerhafte Verbindung zu machen."
                    ),
                    "es": (
                        "Quienes empiezan a editar, las organizaciones aliadas y las personas "
                        "curiosas llegan con sus propias razones. Aprende a entender esas "
                        "motivaciones y a convertir un primer contacto en una relación duradera."
                    ),
                    "fr": (
                        "Nouvelles personnes qui contribuent, organisations partenaires, curieux "
                        "et curieuses : chacun·e arrive avec ses propres raisons. Apprenez à "
                        "comprendre ces motivations et à transformer un premier contact en lien "
                        "durable."
                    ),
                    "pl": (
                        "Każdy przychodzi z własnych powodów: nowi edytorzy i edytorki, "
                        "organizacje partnerskie, zaciekawieni goście. Naucz się rozumieć te "
                        "motywacje i zamieniać pierwszy kontakt w trwałą relację."
                    ),
                    "ar": (
                        "يأتي المحررون الجدد والمؤسسات الشريكة والزوار الفضوليون، ولكلٍّ منهم "
                        "أسبابه الخاصة. تعلّموا فهم هذه الدوافع وتحويل التواصل الأول إلى علاقة "
                        "دائمة."
                    ),
                },
                "workshops": [
                    {
                        "slug": "welcoming-new-editors",
                        "title": {
                            "en": "Welcoming new editors",
                            "de": "Neue Autorinnen und Autoren begrüßen",
                            "es": "Dar la bienvenida a quienes empiezan a editar",
                            "fr": "Bien accueillir les nouvelles personnes qui contribuent",
                            "pl": "Jak witać nowe osoby edytujące",
                            "ar": "الترحيب بالمحررين الجدد",
                        },
                        "intro": {
                            "en": (
                                "A friendly message in the first week makes newcomers far more "
                                "likely to stay. Write welcome messages, answer first questions "
                                "and handle early mistakes without scaring anyone off."
                            ),
                            "de": (
                                "Eine freundliche Nachricht in der ersten Woche erhöht deutlich "
                                "die Chance, dass Neue bleiben. Schreibe Begrüßungen, beantworte "
                                "erste Fragen und geh mit frühen Fehlern so um, dass niemand "
                                "abgeschreckt wird."
                            ),
                            "es": (
                                "Un mensaje amable durante la primera semana hace mucho más "
                                "probable que la gente nueva se quede. Escribe mensajes de "
                                "bienvenida, responde las primeras preguntas y trata los primeros "
                                "errores sin asustar a nadie."
                            ),
                            "fr": (
                                "Un message chaleureux dès la première semaine augmente nettement "
                                "les chances qu'une nouvelle personne reste. Rédigez des messages "
                                "d'accueil, répondez aux premières questions et gérez les "
                                "premières erreurs sans décourager personne."
                            ),
                            "pl": (
                                "Przyjazna wiadomość w pierwszym tygodniu znacznie zwiększa "
                                "szansę, że nowa osoba zostanie. Pisz wiadomości powitalne, "
                                "odpowiadaj na pierwsze pytania i reaguj na pierwsze błędy tak, by "
                                "nikogo nie zniechęcić."
                            ),
                            "ar": (
                                "رسالة ودية في الأسبوع الأول تزيد كثيرًا من احتمال بقاء الوافدين "
                                "الجدد. اكتبوا رسائل ترحيب، وأجيبوا عن الأسئلة الأولى، وتعاملوا مع "
                                "الأخطاء المبكرة دون تنفير أحد."
                            ),
                        },
                        "duration_hint": {
                            "en": "90 minutes, plus 15 minutes of reading",
                            "de": "90 Minuten, dazu 15 Minuten Lektüre",
                            "es": "90 minutos, más 15 minutos de lectura",
                            "fr": "90 minutes, plus 15 minutes de lecture",
                            "pl": "90 minut plus 15 minut lektury",
                            "ar": "90 دقيقة، إضافة إلى 15 دقيقة من القراءة",
                        },
                        "outcomes": {
                            "en": [
                                "write a personal welcome message instead of a template",
                                "explain a reverted edit kindly and clearly",
                                "connect a newcomer with a project that matches their interests",
                            ],
                            "de": [
                                "eine persönliche Begrüßung statt einer Vorlage schreiben",
                                (
                                    "eine zurückgesetzte Bearbeitung freundlich und verständlich "
                                    "erklären"
                                ),
                                (
                                    "Neue mit einem Projekt zusammenbringen, das zu ihren "
                                    "Interessen passt"
                                ),
                            ],
                            "es": [
                                (
                                    "escribir un mensaje de bienvenida personal en lugar de una "
                                    "plantilla"
                                ),
                                (
                                    "explicar con amabilidad y claridad por qué se revirtió una "
                                    "edición"
                                ),
                                (
                                    "poner en contacto a alguien nuevo con un proyecto que encaje "
                                    "con sus intereses"
                                ),
                            ],
                            "fr": [
                                "écrire un message d'accueil personnel plutôt qu'un modèle",
                                (
                                    "expliquer avec clarté et bienveillance l'annulation d'une "
                                    "modification"
                                ),
                                (
                                    "orienter une nouvelle personne vers un projet qui correspond "
                                    "à ses centres d'intérêt"
                                ),
                            ],
                            "pl": [
                                "napisać osobistą wiadomość powitalną zamiast szablonu",
                                "życzliwie i jasno wyjaśnić, dlaczego edycja została wycofana",
                                "połączyć nową osobę z projektem zgodnym z jej zainteresowaniami",
                            ],
                            "ar": [
                                "كتابة رسالة ترحيب شخصية بدلًا من قالب جاهز",
                                "شرح سبب استرجاع تعديل ما بلطف ووضوح",
                                "ربط الوافد الجديد بمشروع يناسب اهتماماته",
                            ],
                        },
                        "sessions": [
                            {
                                "days_from_now": -19,
                                "local_time": "18:00",
                                "time_zone": "Africa/Cairo",
                                "duration_minutes": 90,
                                "format": "online",
                                "place": None,
                                "online_url": "https://meet.example.org/welcome-editors-1",
                                "language": "ar",
                                "capacity": 30,
                            },
                            {
                                "days_from_now": 7,
                                "local_time": "19:00",
                                "time_zone": "America/Argentina/Buenos_Aires",
                                "duration_minutes": 90,
                                "format": "online",
                                "place": None,
                                "online_url": "https://meet.example.org/welcome-editors-2",
                                "language": "es",
                                "capacity": 30,
                            },
                            {
                                "days_from_now": 38,
                                "local_time": "11:00",
                                "time_zone": "Europe/Madrid",
                                "duration_minutes": 90,
                                "format": "in_person",
                                "place": {
                                    "en": "National Library of Spain, Madrid",
                                    "de": "Spanische Nationalbibliothek, Madrid",
                                    "es": "Biblioteca Nacional de España, Madrid",
                                    "fr": "Bibliothèque nationale d'Espagne, Madrid",
                                    "pl": "Hiszpańska Biblioteka Narodowa, Madryt",
                                    "ar": "المكتبة الوطنية الإسبانية، مدريد",
                                },
                                "online_url": "",
                                "language": "es",
                                "capacity": 25,
                            },
                        ],
                    },
                    {
                        "slug": "why-people-join",
                        "title": {
                            "en": "Why people join: partners and communities",
                            "de": "Warum Menschen mitmachen: Partner und Communitys",
                            "es": "Por qué se suma la gente: aliados y comunidades",
                            "fr": "Pourquoi on s'engage : partenaires et communautés",
                            "pl": "Dlaczego ludzie dołączają: partnerzy i społeczności",
                            "ar": "لماذا ينضم الناس: الشركاء والمجتمعات",
                        },
                        "intro": {
                            "en": (
                                "Librarians, teachers, activists and students join for different "
                                "reasons than long-time editors. Explore their motivations and "
                                "shape invitations that speak to them."
                            ),
                            "de": (
                                "Bibliotheksteams, Lehrkräfte, Aktive aus sozialen Bewegungen und "
                                "Studierende machen aus anderen Gründen mit als langjährige "
                                "Wikipedianerinnen und Wikipedianer. Erkunde ihre Beweggründe und "
                                "gestalte Einladungen, die sie wirklich ansprechen."
                            ),
                            "es": (
                                "Bibliotecarias, docentes, activistas y estudiantes se suman por "
                                "razones distintas de las de quienes llevan años editando. Explora "
                                "sus motivaciones y diseña invitaciones que les hablen de verdad."
                            ),
                            "fr": (
                                "Bibliothécaires, enseignant·es, militant·es et étudiant·es "
                                "s'engagent pour d'autres raisons que les personnes qui "
                                "contribuent depuis longtemps. Explorez leurs motivations et "
                                "formulez des invitations qui leur parlent vraiment."
                            ),
                            "pl": (
                                "Bibliotekarki, nauczyciele, aktywistki i studenci dołączają z "
                                "innych powodów niż osoby edytujące od lat. Poznaj ich motywacje i "
                                "twórz zaproszenia, które naprawdę do nich trafiają."
                            ),
                            "ar": (
                                "ينضم أمناء المكتبات والمعلمون والناشطون والطلاب لأسباب تختلف عن "
                                "أسباب المحررين القدامى. استكشفوا دوافعهم، وصمّموا دعوات تلامس "
                                "اهتماماتهم فعلًا."
                            ),
                        },
                        "duration_hint": {
                            "en": "2 hours, including a short interview exercise",
                            "de": "2 Stunden, inklusive einer kurzen Interviewübung",
                            "es": "2 horas, con un breve ejercicio de entrevista",
                            "fr": "2 heures, dont un court exercice d'entretien",
                            "pl": "2 godziny, w tym krótkie ćwiczenie z przeprowadzania wywiadu",
                            "ar": "ساعتان، تشملان تمرينًا قصيرًا على إجراء المقابلات",
                        },
                        "outcomes": {
                            "en": [
                                (
                                    "describe what partner organisations hope to gain from working "
                                    "with you"
                                ),
                                "adapt your invitation to a group's goals and vocabulary",
                                "plan a first joint activity that benefits both sides",
                            ],
                            "de": [
                                (
                                    "beschreiben, was sich Partnerorganisationen von einer "
                                    "Zusammenarbeit erhoffen"
                                ),
                                (
                                    "deine Einladung an die Ziele und die Sprache einer Gruppe "
                                    "anpassen"
                                ),
                                (
                                    "eine erste gemeinsame Aktivität planen, von der beide Seiten "
                                    "profitieren"
                                ),
                            ],
                            "es": [
                                (
                                    "describir qué esperan obtener las organizaciones aliadas al "
                                    "colaborar contigo"
                                ),
                                "adaptar tu invitación a los objetivos y el lenguaje de cada grupo",
                                (
                                    "planificar una primera actividad conjunta que beneficie a "
                                    "ambas partes"
                                ),
                            ],
                            "fr": [
                                (
                                    "décrire ce que les organisations partenaires espèrent tirer "
                                    "d'une collaboration"
                                ),
                                (
                                    "adapter votre invitation aux objectifs et au vocabulaire d'un "
                                    "groupe"
                                ),
                                (
                                    "préparer une première activité commune profitable aux deux "
                                    "parties"
                                ),
                            ],
                            "pl": [
                                (
                                    "opisać, czego organizacje partnerskie oczekują od współpracy "
                                    "z wami"
                                ),
                                "dopasować zaproszenie do celów i języka danej grupy",
                                "zaplanować pierwsze wspólne działanie korzystne dla obu stron",
                            ],
                            "ar": [
                                "وصف ما تأمل المؤسسات الشريكة في تحقيقه من التعاون معكم",
                                "تكييف دعوتكم مع أهداف المجموعة ومفرداتها",
                                "التخطيط لنشاط مشترك أول يعود بالنفع على الطرفين",
                            ],
                        },
                        "sessions": [
                            {
                                "days_from_now": 14,
                                "local_time": "18:00",
                                "time_zone": "America/Toronto",
                                "duration_minutes": 120,
                                "format": "hybrid",
                                "place": {
                                    "en": "Grande Bibliothèque (BAnQ), Montreal",
                                    "de": "Grande Bibliothèque (BAnQ), Montreal",
                                    "es": "Grande Bibliothèque (BAnQ), Montreal",
                                    "fr": "Grande Bibliothèque (BAnQ), Montréal",
                                    "pl": "Grande Bibliothèque (BAnQ), Montreal",
                                    "ar": "المكتبة الكبرى (BAnQ)، مونتريال",
                                },
                                "online_url": "https://meet.example.org/why-people-join-1",
                                "language": "fr",
                                "capacity": 20,
                            },
                            {
                                "days_from_now": 58,
                                "local_time": "15:00",
                                "time_zone": "Asia/Kolkata",
                                "duration_minutes": 120,
                                "format": "in_person",
                                "place": {
                                    "en": "National Library of India, Kolkata",
                                    "de": "Indische Nationalbibliothek, Kolkata",
                                    "es": "Biblioteca Nacional de la India, Calcuta",
                                    "fr": "Bibliothèque nationale de l'Inde, Calcutta",
                                    "pl": "Biblioteka Narodowa Indii, Kalkuta",
                                    "ar": "المكتبة الوطنية الهندية، كولكاتا",
                                },
                                "online_url": "",
                                "language": "en",
                                "capacity": 30,
                            },
                        ],
                    },
                ],
            },
            {
                "slug": "sharing-the-load",
                "level": "experienced",
                "featured": True,
                "title": {
                    "en": "Sharing the load, avoiding burnout",
                    "de": "Lasten teilen, Burn-out vermeiden",
                    "es": "Repartir la carga y evitar el agotamiento",
                    "fr": "Partager la charge, éviter l'épuisement",
                    "pl": "Dzielić się obowiązkami, unikać wypalenia",
                    "ar": "توزيع الأعباء وتجنّب الاحتراق النفسي",
                },
                "intro": {
                    "en": (
                        "Long-running community roles can quietly wear people out. Learn to "
                        "listen, delegate and build processes that let anyone step back without "
                        "everything falling apart."
                    ),
                    "de": (
                        "Langjährige Aufgaben in der Community können Menschen unbemerkt "
                        "auslaugen. Lerne zuzuhören, Aufgaben abzugeben und Abläufe aufzubauen, "
                        "bei denen sich jede Person zurückziehen kann, ohne dass alles "
                        "zusammenbricht."
                    ),
                    "es": (
                        "Los roles comunitarios de larga duración pueden desgastar a las personas "
                        "sin que se note. Aprende a escuchar, a delegar y a crear procesos que "
                        "permitan a cualquiera dar un paso atrás sin que todo se venga abajo."
                    ),
                    "fr": (
                        "Les rôles communautaires exercés sur la durée peuvent épuiser sans qu'on "
                        "s'en aperçoive. Apprenez à écouter, à déléguer et à bâtir des processus "
                        "qui permettent à chacun·e de prendre du recul sans que tout s'effondre."
                    ),
                    "pl": (
                        "Wieloletnie role w społeczności mogą po cichu wyczerpywać ludzi. Naucz "
                        "się słuchać, delegować zadania i budować procesy, dzięki którym każdy "
                        "może zrobić krok w tył, a wszystko nadal działa."
                    ),
                    "ar": (
                        "قد تستنزف الأدوار المجتمعية الطويلة أصحابها دون أن ينتبهوا. تعلّموا "
                        "الإصغاء وتفويض المهام وبناء إجراءات تسمح لأي شخص بالتراجع خطوة دون أن "
                        "ينهار كل شيء."
                    ),
                },
                "workshops": [
                    {
                        "slug": "preventing-burnout",
                        "title": {
                            "en": "Preventing volunteer burnout",
                            "de": "Burn-out im Ehrenamt vorbeugen",
                            "es": "Prevenir el agotamiento en el voluntariado",
                            "fr": "Prévenir l'épuisement bénévole",
                            "pl": "Jak zapobiegać wypaleniu w wolontariacie",
                            "ar": "الوقاية من الاحتراق النفسي لدى المتطوعين",
                        },
                        "intro": {
                            "en": (
                                "Recognise the early signs of exhaustion in yourself and others, "
                                "set limits you can keep and talk openly about stepping back. "
                                "Built around stories from long-time volunteers."
                            ),
                            "de": (
                                "Erkenne frühe Anzeichen von Erschöpfung bei dir und anderen, "
                                "setze Grenzen, die du einhalten kannst, und sprich offen darüber, "
                                "kürzerzutreten. Aufgebaut auf Erfahrungen langjähriger "
                                "Ehrenamtlicher."
                            ),
                            "es": (
                                "Reconoce las primeras señales de agotamiento en ti y en los "
                                "demás, fija límites que puedas mantener y habla abiertamente de "
                                "dar un paso atrás. Basado en historias de personas con muchos "
                                "años de voluntariado."
                            ),
                            "fr": (
                                "Repérez les premiers signes d'épuisement chez vous et chez les "
                                "autres, fixez des limites tenables et parlez ouvertement du fait "
                                "de lever le pied. Conçu à partir de témoignages de bénévoles de "
                                "longue date."
                            ),
                            "pl": (
                                "Rozpoznawaj wczesne oznaki wyczerpania u siebie i innych, "
                                "wyznaczaj granice, których da się dotrzymać, i rozmawiaj otwarcie "
                                "o robieniu przerwy. Warsztat opiera się na historiach osób z "
                                "wieloletnim stażem w wolontariacie."
                            ),
                            "ar": (
                                "تعرّفوا على العلامات المبكرة للإرهاق لديكم ولدى الآخرين، وضعوا "
                                "حدودًا يمكنكم الالتزام بها، وتحدّثوا بصراحة عن أخذ استراحة. تستند "
                                "الورشة إلى تجارب متطوعين قدامى."
                            ),
                        },
                        "duration_hint": {
                            "en": "2 hours, plus a short reflection exercise",
                            "de": "2 Stunden, dazu eine kurze Reflexionsübung",
                            "es": "2 horas, más un breve ejercicio de reflexión",
                            "fr": "2 heures, plus un court exercice de réflexion",
                            "pl": "2 godziny plus krótkie ćwiczenie refleksyjne",
                            "ar": "ساعتان، إضافة إلى تمرين تأمّلي قصير",
                        },
                        "outcomes": {
                            "en": [
                                "spot the early warning signs of burnout",
                                "set and communicate limits on your volunteer time",
                                "hand over a task gracefully when you need a break",
                            ],
                            "de": [
                                "frühe Warnzeichen von Burn-out erkennen",
                                "Grenzen für deine ehrenamtliche Zeit setzen und mitteilen",
                                "eine Aufgabe gut übergeben, wenn du eine Pause brauchst",
                            ],
                            "es": [
                                "detectar las primeras señales de alerta del agotamiento",
                                "fijar y comunicar límites a tu tiempo de voluntariado",
                                "traspasar una tarea con tranquilidad cuando necesites un descanso",
                            ],
                            "fr": [
                                "repérer les signaux d'alerte de l'épuisement",
                                "fixer et annoncer des limites à votre temps bénévole",
                                "passer le relais sereinement quand vous avez besoin d'une pause",
                            ],
                            "pl": [
                                "dostrzec wczesne sygnały ostrzegawcze wypalenia",
                                (
                                    "wyznaczyć i zakomunikować granice czasu poświęcanego na "
                                    "wolontariat"
                                ),
                                "spokojnie przekazać zadanie, gdy potrzebujesz przerwy",
                            ],
                            "ar": [
                                "رصد علامات الإنذار المبكر للاحتراق النفسي",
                                "وضع حدود لوقت تطوعكم والإفصاح عنها",
                                "تسليم المهمة إلى غيركم بسلاسة عندما تحتاجون إلى استراحة",
                            ],
                        },
                        "sessions": [
                            {
                                "days_from_now": 2,
                                "local_time": "19:00",
                                "time_zone": "Europe/Berlin",
                                "duration_minutes": 120,
                                "format": "online",
                                "place": None,
                                "online_url": "https://meet.example.org/burnout-1",
                                "language": "de",
                                "capacity": 20,
                            },
                            {
                                "days_from_now": 25,
                                "local_time": "18:00",
                                "time_zone": "Africa/Tunis",
                                "duration_minutes": 120,
                                "format": "online",
                                "place": None,
                                "online_url": "https://meet.example.org/burnout-2",
                                "language": "ar",
                                "capacity": 20,
                            },
                            {
                                "days_from_now": 83,
                                "local_time": "18:30",
                                "time_zone": "America/New_York",
                                "duration_minutes": 120,
                                "format": "hybrid",
                                "place": {
                                    "en": "Stavros Niarchos Foundation Library, New York",
                                    "de": "Stavros Niarchos Foundation Library, New York",
                                    "es": "Biblioteca Stavros Niarchos Foundation, Nueva York",
                                    "fr": "Bibliothèque Stavros Niarchos Foundation, New York",
                                    "pl": "Biblioteka Stavros Niarchos Foundation, Nowy Jork",
                                    "ar": "مكتبة مؤسسة ستافروس نياركوس، نيويورك",
                                },
                                "online_url": "https://meet.example.org/burnout-3",
                                "language": "en",
                                "capacity": 22,
                            },
                        ],
                    },
                    {
                        "slug": "listening-and-delegating",
                        "title": {
                            "en": "Listening well and delegating with trust",
                            "de": "Gut zuhören und mit Vertrauen delegieren",
                            "es": "Escuchar bien y delegar con confianza",
                            "fr": "Bien écouter et déléguer en confiance",
                            "pl": "Uważne słuchanie i delegowanie z zaufaniem",
                            "ar": "الإصغاء الجيد والتفويض بثقة",
                        },
                        "intro": {
                            "en": (
                                "Practise active listening in meetings, then turn what you hear "
                                "into clear, shared tasks. Finish by sketching one community "
                                "process that keeps working when people come and go."
                            ),
                            "de": (
                                "Übe aktives Zuhören in Treffen und mach aus dem Gehörten klare, "
                                "geteilte Aufgaben. Zum Schluss skizzierst du einen Ablauf in "
                                "deiner Community, der auch funktioniert, wenn Menschen kommen und "
                                "gehen."
                            ),
                            "es": (
                                "Practica la escucha activa en las reuniones y convierte lo que "
                                "oyes en tareas claras y compartidas. Al final esbozarás un "
                                "proceso comunitario que siga funcionando aunque las personas "
                                "vayan y vengan."
                            ),
                            "fr": (
                                "Exercez-vous à l'écoute active en réunion, puis transformez ce "
                                "que vous entendez en tâches claires et partagées. Pour finir, "
                                "esquissez un processus communautaire qui continue de fonctionner "
                                "quand les personnes vont et viennent."
                            ),
                            "pl": (
                                "Ćwicz aktywne słuchanie podczas spotkań, a potem zamieniaj to, co "
                                "usłyszysz, w jasne, wspólne zadania. Na koniec naszkicujesz jeden "
                                "proces w społeczności, który działa także wtedy, gdy ludzie "
                                "przychodzą i odchodzą."
                            ),
                            "ar": (
                                "تدرّبوا على الإصغاء الفعّال في الاجتماعات، ثم حوّلوا ما تسمعونه "
                                "إلى مهام واضحة ومشتركة. وفي الختام، ارسموا تصورًا لإجراء مجتمعي "
                                "يستمر في العمل مع قدوم الأشخاص ورحيلهم."
                            ),
                        },
                        "duration_hint": {
                            "en": "3 hours with a break",
                            "de": "3 Stunden mit Pause",
                            "es": "3 horas con una pausa",
                            "fr": "3 heures avec une pause",
                            "pl": "3 godziny z przerwą",
                            "ar": "3 ساعات مع استراحة",
                        },
                        "outcomes": {
                            "en": [
                                "summarise what you heard before responding",
                                "delegate a task with a clear scope and real trust",
                                "document a process so that others can pick it up",
                            ],
                            "de": [
                                "zusammenfassen, was du gehört hast, bevor du reagierst",
                                "eine Aufgabe mit klarem Rahmen und echtem Vertrauen abgeben",
                                "einen Ablauf so dokumentieren, dass andere ihn übernehmen können",
                            ],
                            "es": [
                                "resumir lo que has oído antes de responder",
                                "delegar una tarea con un alcance claro y confianza real",
                                "documentar un proceso para que otras personas puedan retomarlo",
                            ],
                            "fr": [
                                "résumer ce que vous avez entendu avant de répondre",
                                "déléguer une tâche avec un cadre clair et une vraie confiance",
                                "documenter un processus pour que d'autres puissent le reprendre",
                            ],
                            "pl": [
                                "podsumować to, co usłyszysz, zanim odpowiesz",
                                (
                                    "przekazać zadanie z jasno określonym zakresem i prawdziwym "
                                    "zaufaniem"
                                ),
                                "udokumentować proces tak, by inni mogli go przejąć",
                            ],
                            "ar": [
                                "تلخيص ما سمعتموه قبل الرد",
                                "تفويض مهمة بنطاق واضح وثقة حقيقية",
                                "توثيق إجراء ما بحيث يستطيع الآخرون تولّيه",
                            ],
                        },
                        "sessions": [
                            {
                                "days_from_now": 18,
                                "local_time": "10:00",
                                "time_zone": "Europe/Warsaw",
                                "duration_minutes": 180,
                                "format": "in_person",
                                "place": {
                                    "en": "University of Warsaw Library, Warsaw",
                                    "de": "Universitätsbibliothek Warschau",
                                    "es": "Biblioteca de la Universidad de Varsovia",
                                    "fr": "Bibliothèque de l'Université de Varsovie",
                                    "pl": "Biblioteka Uniwersytecka w Warszawie",
                                    "ar": "مكتبة جامعة وارسو، وارسو",
                                },
                                "online_url": "",
                                "language": "pl",
                                "capacity": 16,
                            },
                            {
                                "days_from_now": 50,
                                "local_time": "18:00",
                                "time_zone": "Pacific/Auckland",
                                "duration_minutes": 180,
                                "format": "hybrid",
                                "place": {
                                    "en": "Auckland Central City Library, Auckland",
                                    "de": "Zentralbibliothek Auckland",
                                    "es": "Biblioteca Central de Auckland",
                                    "fr": "Bibliothèque centrale d'Auckland",
                                    "pl": "Biblioteka Centralna w Auckland",
                                    "ar": "مكتبة أوكلاند المركزية، أوكلاند",
                                },
                                "online_url": "https://meet.example.org/listening-2",
                                "language": "en",
                                "capacity": 18,
                            },
                        ],
                    },
                ],
            },
        ],
    },
]

# Demo people. Passwords are set by the loader, not here.
USERS = [
    {
        "key": "learner",
        "email": "learner@demo.peer-academy.org",
        "display_name": "Lucía Hernández",
        "preferred_language": "es",
        "time_zone": "America/Mexico_City",
        "address_form": "feminine",
        "spoken_languages": ["es", "en"],
        "home_community": "Wikimedia México",
    },
    {
        "key": "mentor",
        "email": "mentor@demo.peer-academy.org",
        "display_name": "Chinedu Okafor",
        "preferred_language": "en",
        "time_zone": "Africa/Lagos",
        "address_form": "masculine",
        "spoken_languages": ["en", "ig", "yo"],
        "home_community": "Wikimedia User Group Nigeria",
    },
    {
        "key": "coordinator",
        "email": "coordinator@demo.peer-academy.org",
        "display_name": "Camille Laurent",
        "preferred_language": "fr",
        "time_zone": "Europe/Paris",
        "address_form": "neutral",
        "spoken_languages": ["fr", "en", "es"],
        "home_community": "Wikimédia France",
    },
    {
        "key": "translator_de",
        "email": "translator.de@demo.peer-academy.org",
        "display_name": "Jonas Becker",
        "preferred_language": "de",
        "time_zone": "Europe/Berlin",
        "address_form": "masculine",
        "spoken_languages": ["de", "en", "fr"],
        "home_community": "Wikimedia Deutschland",
    },
    {
        "key": "translator_pl",
        "email": "translator.pl@demo.peer-academy.org",
        "display_name": "Agnieszka Wiśniewska",
        "preferred_language": "pl",
        "time_zone": "Europe/Warsaw",
        "address_form": "feminine",
        "spoken_languages": ["pl", "en", "de"],
        "home_community": "Wikimedia Polska",
    },
    {
        "key": "translator_ar",
        "email": "translator.ar@demo.peer-academy.org",
        "display_name": "ليلى حداد",
        "preferred_language": "ar",
        "time_zone": "Africa/Cairo",
        "address_form": "feminine",
        "spoken_languages": ["ar", "en", "fr"],
        "home_community": "Arabic Wikipedia",
    },
    {
        "key": "admin",
        "email": "admin@demo.peer-academy.org",
        "display_name": "Priya Raman",
        "preferred_language": "en",
        "time_zone": "Europe/London",
        "address_form": "unspecified",
        "spoken_languages": ["en", "ta"],
        "home_community": "Wikimedia UK",
    },
]
