"""Demo words for the academy's roles, in every site language, read by the demo loader.

Pure data, no imports. Each community names its roles in its own words: the Wikimedia
consultation on "leader" found that the word makes many people uneasy, because it seems to
place someone above their peers and, in some languages, evokes hierarchy and abuse of power.
So no locale here uses a word for boss, chief or commander ("Führer", "líder", "chef",
"przywódca", "قائد").

Forms are the word as it appears right after a number, mid-sentence and without an article
(German nouns keep their capital). Plural categories are Babel's CLDR categories:
en, de: one, other · es, fr: one, many, other · pl: one, few, many, other ·
ar: zero, one, two, few, many, other.
"""

# Which grammatical genders each locale distinguishes besides the neutral form. "neutral" is
# the form for someone whose gender is unknown or who chose neutral/unspecified.
LOCALE_GENDERS = {
    "en": [],
    "de": ["feminine", "masculine"],
    "es": ["feminine", "masculine"],
    "fr": ["feminine", "masculine"],
    "pl": ["feminine", "masculine"],
    "ar": ["feminine", "masculine"],
}

# TERMS[role][locale] = {gender: {category: word}}.
#
# Neutral forms, per language:
# - de: gender star ("Mentor*in", "Mentor*innen"); "Lernende" is neutral in the plural and
#   "Lernende*r" in the singular (after a number: "1 Lernender", "1 Lernende").
# - es: naturally epicene nouns where there is one ("referente", "participante"), otherwise
#   "persona + adjective" ("persona mentora", "persona facilitadora"), the pattern Spanish
#   public bodies and mentoring programmes use; we avoid "-e"/"@"/"x" endings, which many
#   readers and screen readers stumble over.
# - fr: point médian ("mentor·e", "apprenant·e·s", "coordinateur·rice").
# - pl: "osoba + participle" ("osoba mentorująca", "osoba prowadząca"), the usual gender-fair
#   phrasing in Polish NGO and university writing; it declines regularly (osoby / osób).
# - ar: the masculine form, the conventional generic in Arabic when gender is unknown.
#
# Polish: "few" is the nominative plural ("3 mentorzy", read "trzej mentorzy"; "3 mentorki"),
# "many" the genitive plural ("5 mentorów", "5 mentorek"). Counts of people are whole numbers,
# so "other" (CLDR: fractions) holds the nominative plural, which the site also uses as the
# general plural form and as the fallback for any missing form.
#
# Arabic: zero and few (3–10) take the plural ("مرشدين", "مرشدات"), one the singular, two the
# dual ("مرشدان", "مرشدتان"), many (11–99) the accusative singular tamyiz ("مرشدًا",
# "مرشدةً"), other (100, 101, 102…) the genitive singular ("مرشد", "مرشدة"). "مبادِر" keeps
# its kasra so that "مبادِرات" (women who take initiative) is not read "مبادَرات" (initiatives).
TERMS = {
    "leader": {
        "en": {"neutral": {"one": "community guide", "other": "community guides"}},
        "de": {
            "neutral": {"one": "Impulsgeber*in", "other": "Impulsgeber*innen"},
            "feminine": {"one": "Impulsgeberin", "other": "Impulsgeberinnen"},
            "masculine": {"one": "Impulsgeber", "other": "Impulsgeber"},
        },
        "es": {
            "neutral": {"one": "referente", "many": "referentes", "other": "referentes"},
            "feminine": {"one": "referente", "many": "referentes", "other": "referentes"},
            "masculine": {"one": "referente", "many": "referentes", "other": "referentes"},
        },
        "fr": {
            "neutral": {
                "one": "animateur·rice de communauté",
                "many": "animateur·rice·s de communauté",
                "other": "animateur·rice·s de communauté",
            },
            "feminine": {
                "one": "animatrice de communauté",
                "many": "animatrices de communauté",
                "other": "animatrices de communauté",
            },
            "masculine": {
                "one": "animateur de communauté",
                "many": "animateurs de communauté",
                "other": "animateurs de communauté",
            },
        },
        "pl": {
            "neutral": {
                "one": "osoba animująca społeczność",
                "few": "osoby animujące społeczność",
                "many": "osób animujących społeczność",
                "other": "osoby animujące społeczność",
            },
            "feminine": {
                "one": "animatorka społeczności",
                "few": "animatorki społeczności",
                "many": "animatorek społeczności",
                "other": "animatorki społeczności",
            },
            "masculine": {
                "one": "animator społeczności",
                "few": "animatorzy społeczności",
                "many": "animatorów społeczności",
                "other": "animatorzy społeczności",
            },
        },
        "ar": {
            "neutral": {
                "zero": "مبادِرين",
                "one": "مبادِر",
                "two": "مبادِران",
                "few": "مبادِرين",
                "many": "مبادِرًا",
                "other": "مبادِر",
            },
            "feminine": {
                "zero": "مبادِرات",
                "one": "مبادِرة",
                "two": "مبادِرتان",
                "few": "مبادِرات",
                "many": "مبادِرةً",
                "other": "مبادِرة",
            },
            "masculine": {
                "zero": "مبادِرين",
                "one": "مبادِر",
                "two": "مبادِران",
                "few": "مبادِرين",
                "many": "مبادِرًا",
                "other": "مبادِر",
            },
        },
    },
    "mentor": {
        "en": {"neutral": {"one": "mentor", "other": "mentors"}},
        "de": {
            "neutral": {"one": "Mentor*in", "other": "Mentor*innen"},
            "feminine": {"one": "Mentorin", "other": "Mentorinnen"},
            "masculine": {"one": "Mentor", "other": "Mentoren"},
        },
        "es": {
            "neutral": {
                "one": "persona mentora",
                "many": "personas mentoras",
                "other": "personas mentoras",
            },
            "feminine": {"one": "mentora", "many": "mentoras", "other": "mentoras"},
            "masculine": {"one": "mentor", "many": "mentores", "other": "mentores"},
        },
        "fr": {
            "neutral": {"one": "mentor·e", "many": "mentor·e·s", "other": "mentor·e·s"},
            "feminine": {"one": "mentore", "many": "mentores", "other": "mentores"},
            "masculine": {"one": "mentor", "many": "mentors", "other": "mentors"},
        },
        "pl": {
            "neutral": {
                "one": "osoba mentorująca",
                "few": "osoby mentorujące",
                "many": "osób mentorujących",
                "other": "osoby mentorujące",
            },
            "feminine": {
                "one": "mentorka",
                "few": "mentorki",
                "many": "mentorek",
                "other": "mentorki",
            },
            "masculine": {
                "one": "mentor",
                "few": "mentorzy",
                "many": "mentorów",
                "other": "mentorzy",
            },
        },
        "ar": {
            "neutral": {
                "zero": "مرشدين",
                "one": "مرشد",
                "two": "مرشدان",
                "few": "مرشدين",
                "many": "مرشدًا",
                "other": "مرشد",
            },
            "feminine": {
                "zero": "مرشدات",
                "one": "مرشدة",
                "two": "مرشدتان",
                "few": "مرشدات",
                "many": "مرشدةً",
                "other": "مرشدة",
            },
            "masculine": {
                "zero": "مرشدين",
                "one": "مرشد",
                "two": "مرشدان",
                "few": "مرشدين",
                "many": "مرشدًا",
                "other": "مرشد",
            },
        },
    },
    "learner": {
        "en": {"neutral": {"one": "learner", "other": "learners"}},
        "de": {
            "neutral": {"one": "Lernende*r", "other": "Lernende"},
            "feminine": {"one": "Lernende", "other": "Lernende"},
            "masculine": {"one": "Lernender", "other": "Lernende"},
        },
        "es": {
            "neutral": {"one": "participante", "many": "participantes", "other": "participantes"},
            "feminine": {"one": "participante", "many": "participantes", "other": "participantes"},
            "masculine": {"one": "participante", "many": "participantes", "other": "participantes"},
        },
        "fr": {
            "neutral": {"one": "apprenant·e", "many": "apprenant·e·s", "other": "apprenant·e·s"},
            "feminine": {"one": "apprenante", "many": "apprenantes", "other": "apprenantes"},
            "masculine": {"one": "apprenant", "many": "apprenants", "other": "apprenants"},
        },
        "pl": {
            "neutral": {
                "one": "osoba uczestnicząca",
                "few": "osoby uczestniczące",
                "many": "osób uczestniczących",
                "other": "osoby uczestniczące",
            },
            "feminine": {
                "one": "uczestniczka",
                "few": "uczestniczki",
                "many": "uczestniczek",
                "other": "uczestniczki",
            },
            "masculine": {
                "one": "uczestnik",
                "few": "uczestnicy",
                "many": "uczestników",
                "other": "uczestnicy",
            },
        },
        "ar": {
            "neutral": {
                "zero": "متعلّمين",
                "one": "متعلّم",
                "two": "متعلّمان",
                "few": "متعلّمين",
                "many": "متعلّمًا",
                "other": "متعلّم",
            },
            "feminine": {
                "zero": "متعلّمات",
                "one": "متعلّمة",
                "two": "متعلّمتان",
                "few": "متعلّمات",
                "many": "متعلّمةً",
                "other": "متعلّمة",
            },
            "masculine": {
                "zero": "متعلّمين",
                "one": "متعلّم",
                "two": "متعلّمان",
                "few": "متعلّمين",
                "many": "متعلّمًا",
                "other": "متعلّم",
            },
        },
    },
    "facilitator": {
        "en": {"neutral": {"one": "facilitator", "other": "facilitators"}},
        "de": {
            "neutral": {"one": "Moderator*in", "other": "Moderator*innen"},
            "feminine": {"one": "Moderatorin", "other": "Moderatorinnen"},
            "masculine": {"one": "Moderator", "other": "Moderatoren"},
        },
        "es": {
            "neutral": {
                "one": "persona facilitadora",
                "many": "personas facilitadoras",
                "other": "personas facilitadoras",
            },
            "feminine": {"one": "facilitadora", "many": "facilitadoras", "other": "facilitadoras"},
            "masculine": {"one": "facilitador", "many": "facilitadores", "other": "facilitadores"},
        },
        "fr": {
            "neutral": {
                "one": "facilitateur·rice",
                "many": "facilitateur·rice·s",
                "other": "facilitateur·rice·s",
            },
            "feminine": {
                "one": "facilitatrice",
                "many": "facilitatrices",
                "other": "facilitatrices",
            },
            "masculine": {"one": "facilitateur", "many": "facilitateurs", "other": "facilitateurs"},
        },
        "pl": {
            "neutral": {
                "one": "osoba prowadząca",
                "few": "osoby prowadzące",
                "many": "osób prowadzących",
                "other": "osoby prowadzące",
            },
            "feminine": {
                "one": "prowadząca",
                "few": "prowadzące",
                "many": "prowadzących",
                "other": "prowadzące",
            },
            "masculine": {
                "one": "prowadzący",
                "few": "prowadzący",
                "many": "prowadzących",
                "other": "prowadzący",
            },
        },
        "ar": {
            "neutral": {
                "zero": "ميسّرين",
                "one": "ميسّر",
                "two": "ميسّران",
                "few": "ميسّرين",
                "many": "ميسّرًا",
                "other": "ميسّر",
            },
            "feminine": {
                "zero": "ميسّرات",
                "one": "ميسّرة",
                "two": "ميسّرتان",
                "few": "ميسّرات",
                "many": "ميسّرةً",
                "other": "ميسّرة",
            },
            "masculine": {
                "zero": "ميسّرين",
                "one": "ميسّر",
                "two": "ميسّران",
                "few": "ميسّرين",
                "many": "ميسّرًا",
                "other": "ميسّر",
            },
        },
    },
    "coordinator": {
        "en": {"neutral": {"one": "coordinator", "other": "coordinators"}},
        "de": {
            "neutral": {"one": "Koordinator*in", "other": "Koordinator*innen"},
            "feminine": {"one": "Koordinatorin", "other": "Koordinatorinnen"},
            "masculine": {"one": "Koordinator", "other": "Koordinatoren"},
        },
        "es": {
            "neutral": {
                "one": "persona coordinadora",
                "many": "personas coordinadoras",
                "other": "personas coordinadoras",
            },
            "feminine": {"one": "coordinadora", "many": "coordinadoras", "other": "coordinadoras"},
            "masculine": {"one": "coordinador", "many": "coordinadores", "other": "coordinadores"},
        },
        "fr": {
            "neutral": {
                "one": "coordinateur·rice",
                "many": "coordinateur·rice·s",
                "other": "coordinateur·rice·s",
            },
            "feminine": {
                "one": "coordinatrice",
                "many": "coordinatrices",
                "other": "coordinatrices",
            },
            "masculine": {"one": "coordinateur", "many": "coordinateurs", "other": "coordinateurs"},
        },
        "pl": {
            "neutral": {
                "one": "osoba koordynująca",
                "few": "osoby koordynujące",
                "many": "osób koordynujących",
                "other": "osoby koordynujące",
            },
            "feminine": {
                "one": "koordynatorka",
                "few": "koordynatorki",
                "many": "koordynatorek",
                "other": "koordynatorki",
            },
            "masculine": {
                "one": "koordynator",
                "few": "koordynatorzy",
                "many": "koordynatorów",
                "other": "koordynatorzy",
            },
        },
        "ar": {
            "neutral": {
                "zero": "منسّقين",
                "one": "منسّق",
                "two": "منسّقان",
                "few": "منسّقين",
                "many": "منسّقًا",
                "other": "منسّق",
            },
            "feminine": {
                "zero": "منسّقات",
                "one": "منسّقة",
                "two": "منسّقتان",
                "few": "منسّقات",
                "many": "منسّقةً",
                "other": "منسّقة",
            },
            "masculine": {
                "zero": "منسّقين",
                "one": "منسّق",
                "two": "منسّقان",
                "few": "منسّقين",
                "many": "منسّقًا",
                "other": "منسّق",
            },
        },
    },
}

# What each role does and why each language chose its word, for translators and for the
# public "Words we use" page. Every text is under 600 characters.
DESCRIPTIONS = {
    "leader": {
        "en": (
            "Volunteers who help their communities grow through everyday acts: welcoming "
            "newcomers, teaching a tool, organising activities and encouraging others to step up. "
            "We say “community guide” because many Wikimedians felt uneasy calling themselves "
            "“leaders”, a word that can suggest a rank above one's peers; a guide walks alongside "
            "others and shares the way."
        ),
        "de": (
            "Ehrenamtliche, die ihre Community durch alltägliches Handeln stärken: Sie begrüßen "
            "Neue, erklären Werkzeuge, organisieren Aktivitäten und ermutigen andere, selbst aktiv "
            "zu werden. Wir sagen „Impulsgeber*in“, weil „Führer“ historisch belastet ist und "
            "„Leiter*in“ oder „Leader“ nach Hierarchie und Management klingen – Impulse geben kann "
            "jede Person."
        ),
        "es": (
            "Personas voluntarias que hacen crecer su comunidad con gestos cotidianos: dan la "
            "bienvenida a quienes llegan, enseñan herramientas, organizan actividades y animan a "
            "otras personas a dar el paso. Elegimos «referente» porque nombra a alguien a quien se "
            "acude, no a un jefe, y sirve igual para cualquier género; evitamos «líder», que en "
            "muchos países evoca caudillos y jerarquías."
        ),
        "fr": (
            "Bénévoles qui font vivre leur communauté par des gestes quotidiens\u00a0: accueillir "
            "les nouvelles personnes, expliquer un outil, organiser des activités, encourager les "
            "autres à se lancer. Nous disons «\u00a0animateur·rice de communauté\u00a0» parce que "
            "«\u00a0leader\u00a0» et «\u00a0chef·fe\u00a0» évoquent une hiérarchie\u00a0: animer, "
            "c'est donner vie à un groupe sans le diriger."
        ),
        "pl": (
            "Osoby, które na co dzień rozwijają swoje społeczności: witają nowe osoby, uczą "
            "korzystania z narzędzi, organizują działania i zachęcają innych do aktywności. Mówimy "
            "„animator” lub „animatorka społeczności”, bo to znane określenie z pracy społecznej: "
            "ktoś, kto ożywia grupę, a nie nią kieruje. Unikamy słowa „lider”, które brzmi "
            "korporacyjnie, i słowa „przywódca”, kojarzącego się z władzą."
        ),
        "ar": (
            "متطوعون ينمّون مجتمعاتهم بأفعال يومية: يرحّبون بالوافدين الجدد، ويعلّمون استخدام "
            "الأدوات، وينظّمون الأنشطة، ويشجّعون غيرهم على المشاركة. اخترنا «مبادِر» لأنها تصف من "
            "يخطو الخطوة الأولى ويدعو الآخرين إليها دون أن يقف فوقهم، وتجنّبنا «قائد» و«زعيم» لما "
            "توحيان به من سلطة وتراتبية. صيغة المذكّر هي الصيغة العامة المتعارف عليها حين لا يُعرف "
            "الجنس، و«مبادِرة» للنساء."
        ),
    },
    "mentor": {
        "en": (
            "Experienced people who support one peer over several months: they set goals together, "
            "meet for regular check-ins and give feedback in both directions. Mentoring can also "
            "run in reverse, with newer people helping experienced ones grow. “Mentor” is widely "
            "understood, and here it means a partner in learning, not a supervisor."
        ),
        "de": (
            "Erfahrene Menschen, die eine andere Person über mehrere Monate eins zu eins "
            "begleiten: mit gemeinsamen Zielen, regelmäßigen Gesprächen und Feedback in beide "
            "Richtungen; auch umgekehrtes Mentoring gehört dazu. „Mentor*in“ ist im Deutschen gut "
            "eingeführt und meint hier Lernpartner*innen, nicht Vorgesetzte; der Genderstern "
            "schließt alle Geschlechter ein."
        ),
        "es": (
            "Personas con experiencia que acompañan a otra persona durante varios meses: fijan "
            "metas juntas, se reúnen con regularidad y se dan retroalimentación en ambos sentidos; "
            "también existe la mentoría inversa. Decimos «persona mentora», la forma inclusiva "
            "habitual en los programas de mentoría, y «mentora» o «mentor» cuando alguien lo "
            "prefiere; no es una figura de autoridad, sino de acompañamiento."
        ),
        "fr": (
            "Personnes expérimentées qui accompagnent une autre personne pendant plusieurs "
            "mois\u00a0: objectifs fixés ensemble, points réguliers et retours dans les deux "
            "sens\u00a0; le mentorat inversé existe aussi. «\u00a0Mentor·e\u00a0» est compris dans "
            "toute la francophonie et désigne ici un·e partenaire d'apprentissage, pas un·e "
            "supérieur·e\u00a0; le féminin «\u00a0mentore\u00a0» est celui recommandé au Québec."
        ),
        "pl": (
            "Doświadczone osoby, które przez kilka miesięcy wspierają jedną osobę: wspólnie "
            "ustalają cele, regularnie się spotykają i dają sobie nawzajem informację zwrotną; "
            "bywa też mentoring odwrócony. „Mentor” i „mentorka” są dobrze znane z programów "
            "mentoringowych, a „osoba mentorująca” obejmuje wszystkich bez względu na płeć. To "
            "partnerstwo w nauce, a nie relacja służbowa."
        ),
        "ar": (
            "أشخاص ذوو خبرة يرافقون زميلًا أو زميلة على مدى أشهر: يحددون الأهداف معًا، ويلتقون "
            "بانتظام للمتابعة، ويتبادلون الملاحظات في الاتجاهين؛ وقد يكون الإرشاد عكسيًا أيضًا. "
            "كلمة «مرشد» مألوفة في برامج الإرشاد، وتعني هنا شريكًا في التعلّم لا مشرفًا. صيغة "
            "المذكّر هي الصيغة العامة المتعارف عليها حين لا يُعرف الجنس، و«مرشدة» للنساء."
        ),
    },
    "learner": {
        "en": (
            "People enrolled in a track who learn from their peers in workshops and conversations, "
            "and who often go on to share what they have learned. We say “learner” rather than "
            "“student” or “trainee” because everyone in the academy learns, including the people "
            "who teach."
        ),
        "de": (
            "Menschen, die in einem Lernpfad angemeldet sind und in Workshops und Gesprächen "
            "voneinander lernen – und ihr Wissen oft später selbst weitergeben. „Lernende“ ist im "
            "Plural von sich aus geschlechtsneutral und betont das gemeinsame Lernen; „Schüler*in“ "
            "hätte nach Schule und Frontalunterricht geklungen."
        ),
        "es": (
            "Personas inscritas en un itinerario que aprenden de sus pares en talleres y "
            "conversaciones, y que a menudo comparten después lo aprendido. «Participante» sirve "
            "para cualquier género y subraya que se aprende participando; «alumno» o «estudiante» "
            "sonarían a escuela y a jerarquía docente."
        ),
        "fr": (
            "Personnes inscrites à un parcours qui apprennent de leurs pairs en atelier et en "
            "discussion, puis partagent souvent à leur tour ce qu'elles ont appris. "
            "«\u00a0Apprenant·e\u00a0» est le terme courant en formation d'adultes\u00a0; "
            "«\u00a0élève\u00a0» ou «\u00a0étudiant·e\u00a0» auraient évoqué l'école et la "
            "relation maître-élève."
        ),
        "pl": (
            "Osoby zapisane na ścieżkę, które uczą się od innych na warsztatach i w rozmowach, a "
            "potem często same dzielą się wiedzą. Mówimy „uczestnik”, „uczestniczka” lub „osoba "
            "uczestnicząca”, bo podkreśla to wspólne działanie; „uczeń” czy „kursant” kojarzyłyby "
            "się ze szkołą i podległością."
        ),
        "ar": (
            "أشخاص مسجّلون في مسار يتعلّمون من أقرانهم في ورش العمل والنقاشات، وكثيرًا ما ينقلون "
            "ما تعلّموه إلى غيرهم. اخترنا «متعلّم» بدل «طالب» أو «تلميذ» لأنهما يوحيان بالمدرسة "
            "وبعلاقة المعلّم والتلميذ، بينما الجميع هنا يتعلّم. صيغة المذكّر صيغة عامة متعارف "
            "عليها، و«متعلّمة» للنساء."
        ),
    },
    "facilitator": {
        "en": (
            "People who run a workshop session or a meeting: they welcome participants, take "
            "attendance, keep time and guide the discussion so that every voice is heard. "
            "“Facilitator” describes someone who makes the conversation easier, not someone who "
            "lectures or decides for the group."
        ),
        "de": (
            "Menschen, die einen Workshop-Termin oder ein Treffen moderieren: Sie begrüßen die "
            "Teilnehmenden, führen die Anwesenheitsliste, achten auf die Zeit und begleiten das "
            "Gespräch, damit alle zu Wort kommen. „Moderator*in“ ist dafür der übliche Begriff; "
            "„Leiter*in“ oder „Dozent*in“ haben wir vermieden, weil es nicht ums Anleiten oder "
            "Vortragen geht."
        ),
        "es": (
            "Personas que conducen una sesión de taller o una reunión: dan la bienvenida, pasan "
            "lista, cuidan los tiempos y guían la conversación para que se escuchen todas las "
            "voces. «Persona facilitadora» es la expresión habitual en la educación popular y es "
            "inclusiva; evitamos «profesor» o «ponente», porque no se trata de dar una clase."
        ),
        "fr": (
            "Personnes qui conduisent une séance d'atelier ou une réunion\u00a0: elles "
            "accueillent, notent les présences, gardent le temps et guident l'échange pour que "
            "chaque voix compte. «\u00a0Facilitateur·rice\u00a0» vient des méthodes "
            "participatives\u00a0: il s'agit de faciliter la discussion, pas de donner un "
            "cours\u00a0; nous gardons «\u00a0animateur·rice\u00a0» pour les personnes qui font "
            "vivre une communauté."
        ),
        "pl": (
            "Osoby, które prowadzą spotkanie warsztatowe lub zebranie: witają uczestników i "
            "uczestniczki, sprawdzają obecność, pilnują czasu i moderują rozmowę tak, by każdy "
            "głos został wysłuchany. „Osoba prowadząca” to naturalne i neutralne płciowo polskie "
            "określenie; „trener” czy „wykładowca” sugerowałyby wykład zamiast rozmowy."
        ),
        "ar": (
            "أشخاص يديرون جلسة من ورشة عمل أو اجتماعًا: يرحّبون بالحاضرين، ويسجّلون الحضور، "
            "ويضبطون الوقت، ويوجّهون النقاش حتى يُسمع كل صوت. «ميسّر» هو المصطلح الشائع في التدريب "
            "التشاركي، فدوره تيسير الحوار لا إلقاء المحاضرات، ولذلك تجنّبنا «مدرّب» و«محاضر». صيغة "
            "المذكّر صيغة عامة متعارف عليها، و«ميسّرة» للنساء."
        ),
    },
    "coordinator": {
        "en": (
            "People who run schools, tracks and cohorts: they review applications, confirm "
            "mentoring pairings and report to funders. “Coordinator” describes organising work "
            "behind the scenes; we avoid “manager” or “director” because coordinators serve the "
            "community rather than direct it."
        ),
        "de": (
            "Menschen, die Schulen, Lernpfade und Kohorten organisieren: Sie prüfen Bewerbungen, "
            "bestätigen Mentoring-Tandems und berichten an Förderorganisationen. „Koordinator*in“ "
            "beschreibt organisatorische Arbeit im Dienst der Community; Wörter wie „Leitung“ oder "
            "„Manager*in“ haben wir bewusst nicht gewählt."
        ),
        "es": (
            "Personas que organizan escuelas, itinerarios y cohortes: revisan solicitudes, "
            "confirman las parejas de mentoría e informan a las entidades que financian el "
            "programa. «Persona coordinadora» describe un trabajo de organización al servicio de "
            "la comunidad; evitamos «director» o «responsable», que sugieren mando."
        ),
        "fr": (
            "Personnes qui font tourner les écoles, les parcours et les cohortes\u00a0: elles "
            "examinent les candidatures, confirment les binômes de mentorat et rendent compte aux "
            "organismes financeurs. «\u00a0Coordinateur·rice\u00a0» décrit un travail "
            "d'organisation au service de la communauté\u00a0; nous avons écarté "
            "«\u00a0responsable\u00a0» et «\u00a0directeur·rice\u00a0», qui suggèrent une "
            "autorité."
        ),
        "pl": (
            "Osoby, które organizują szkoły, ścieżki i kohorty: rozpatrują zgłoszenia, "
            "zatwierdzają pary mentoringowe i składają sprawozdania grantodawcom. „Koordynator”, "
            "„koordynatorka” i „osoba koordynująca” opisują pracę organizacyjną na rzecz "
            "społeczności; unikamy słów „kierownik” czy „dyrektor”, które sugerują władzę."
        ),
        "ar": (
            "أشخاص ينظّمون المدارس والمسارات والدفعات: يراجعون طلبات الالتحاق، ويعتمدون ثنائيات "
            "الإرشاد، ويقدّمون التقارير إلى الجهات المموّلة. «منسّق» يصف عملًا تنظيميًا في خدمة "
            "المجتمع، وتجنّبنا «مدير» و«مسؤول» لأنهما يوحيان بالسلطة. صيغة المذكّر صيغة عامة "
            "متعارف عليها، و«منسّقة» للنساء."
        ),
    },
}

# English default words for each role, used when nothing else is set.
ENGLISH_DEFAULTS = {
    "leader": ("leader", "leaders"),
    "mentor": ("mentor", "mentors"),
    "learner": ("learner", "learners"),
    "facilitator": ("facilitator", "facilitators"),
    "coordinator": ("coordinator", "coordinators"),
}

# Community proposals for the demo. User keys: "learner", "mentor", "coordinator",
# "translator_de", "translator_pl", "translator_ar", "admin". Vote choices: support, neutral,
# oppose. An adopted proposal's forms are exactly the live word in TERMS for its role and
# locale, because adopting it is how that word got there: keep the two equal.
PROPOSALS = [
    {
        "role": "leader",
        "locale": "de",
        "status": "open",
        "proposer": "learner",
        "decided_by": None,
        "forms": {
            "neutral": {"one": "Community-Gestalter*in", "other": "Community-Gestalter*innen"},
            "feminine": {"one": "Community-Gestalterin", "other": "Community-Gestalterinnen"},
            "masculine": {"one": "Community-Gestalter", "other": "Community-Gestalter"},
        },
        "rationale": (
            "„Impulsgeber*in“ klingt für mich nach Einzelnen, die von außen Anstöße geben. "
            "„Community-Gestalter*in“ sagt besser, was wir tun: Wir gestalten unsere Community "
            "gemeinsam und auf Dauer mit."
        ),
        "votes": [("mentor", "support"), ("translator_de", "support"), ("coordinator", "oppose")],
        "comments": [
            (
                "mentor",
                (
                    "Ich unterstütze den Vorschlag. In meinen Mentoring-Gesprächen merke ich, dass "
                    "sich viele eher als Mitgestaltende sehen denn als Menschen, die Impulse "
                    "geben."
                ),
            ),
            (
                "coordinator",
                (
                    "Ich bin dagegen: „Community“ ist wieder ein Anglizismus, und „Gestalter*in“ "
                    "erinnert an Berufsbezeichnungen wie Mediengestalter*in. „Impulsgeber*in“ ist "
                    "kürzer und wird auch außerhalb der Wikimedia-Welt verstanden."
                ),
            ),
        ],
        "closes_in_days": 14,
    },
    {
        "role": "mentor",
        "locale": "pl",
        "status": "open",
        "proposer": "mentor",
        "decided_by": None,
        "forms": {
            "neutral": {
                "one": "opiekun/opiekunka",
                "few": "opiekunowie/opiekunki",
                "many": "opiekunów/opiekunek",
                "other": "opiekunowie/opiekunki",
            },
            "feminine": {
                "one": "opiekunka",
                "few": "opiekunki",
                "many": "opiekunek",
                "other": "opiekunki",
            },
            "masculine": {
                "one": "opiekun",
                "few": "opiekunowie",
                "many": "opiekunów",
                "other": "opiekunowie",
            },
        },
        "rationale": (
            "Proponuję „opiekun” i „opiekunka”: te słowa wszyscy znamy z uczelni (opiekun roku, "
            "opiekunka praktyk) i nie brzmią jak korporacyjny anglicyzm. W formie neutralnej zapis "
            "z ukośnikiem jest krótszy niż „osoba opiekująca się kimś”."
        ),
        "votes": [("learner", "support"), ("coordinator", "neutral")],
        "comments": [
            (
                "coordinator",
                (
                    "Lubię polskie słowo, ale „opiekun” kojarzy się też z opieką nad dziećmi albo "
                    "osobami starszymi. Czy wobec dorosłych osób nie zabrzmi to zbyt opiekuńczo?"
                ),
            ),
        ],
        "closes_in_days": 10,
    },
    {
        "role": "leader",
        "locale": "ar",
        "status": "adopted",
        "proposer": "learner",
        "decided_by": "translator_ar",
        "forms": {
            "neutral": {
                "zero": "مبادِرين",
                "one": "مبادِر",
                "two": "مبادِران",
                "few": "مبادِرين",
                "many": "مبادِرًا",
                "other": "مبادِر",
            },
            "feminine": {
                "zero": "مبادِرات",
                "one": "مبادِرة",
                "two": "مبادِرتان",
                "few": "مبادِرات",
                "many": "مبادِرةً",
                "other": "مبادِرة",
            },
            "masculine": {
                "zero": "مبادِرين",
                "one": "مبادِر",
                "two": "مبادِران",
                "few": "مبادِرين",
                "many": "مبادِرًا",
                "other": "مبادِر",
            },
        },
        "rationale": (
            "أقترح «مبادِر» بدل «قائد»: فكلمة القائد توحي بالسلطة والتراتبية، أما المبادِر فهو من "
            "يخطو الخطوة الأولى ويدعو غيره إلى المشاركة، وهذا ما نفعله في مجتمعنا كل يوم."
        ),
        "votes": [("mentor", "support"), ("coordinator", "support"), ("translator_ar", "support")],
        "comments": [
            (
                "mentor",
                (
                    "أؤيد الاقتراح، مع وضع الكسرة تحت الدال في «مبادِرة» و«مبادِرات» حتى لا تُقرأ "
                    "«مبادَرات» بمعنى المشاريع."
                ),
            ),
            ("translator_ar", "فكرة الكسرة في محلّها، وسنعتمدها في جميع الصيغ. شكرًا للجميع."),
        ],
        "closes_in_days": None,
    },
]

# Track-level words. The "welcoming-new-people" track teaches experienced volunteers to welcome
# newcomers, so the Spanish community calls its learners there "anfitriones" (hosts), like the
# hosts who greet newcomers at Wikipedia's Teahouse. "Recién llegados" would name the people
# they learn to welcome, not the learners themselves.
TRACK_OVERRIDES = [
    {
        "track": "welcoming-new-people",
        "role": "learner",
        "locale": "es",
        "forms": {
            "neutral": {
                "one": "persona anfitriona",
                "many": "personas anfitrionas",
                "other": "personas anfitrionas",
            },
            "feminine": {"one": "anfitriona", "many": "anfitrionas", "other": "anfitrionas"},
            "masculine": {"one": "anfitrión", "many": "anfitriones", "other": "anfitriones"},
        },
    },
]
