#include "demo/DemoNames.h"

#include "demo/DemoRandom.h"

#include <array>
#include <string_view>

namespace custodian {

namespace {
struct NameList
{
    const char* const* female;
    std::size_t femaleCount;
    const char* const* male;
    std::size_t maleCount;
    const char* const* surnames; // for Polish: masculine forms; feminine forms in feminineSurnames
    std::size_t surnameCount;
    const char* const* feminineSurnames;
};

// UTF-8 literals; QString::fromUtf8 reads them.
constexpr const char* portugueseFemale[]
    = { "Ana",    "Maria",   "Beatriz",  "Inês",    "Mariana", "Joana",  "Catarina", "Sofia",
        "Rita",   "Sara",    "Carolina", "Leonor",  "Marta",   "Filipa", "Raquel",   "Teresa",
        "Helena", "Cláudia", "Patrícia", "Daniela", "Andreia", "Vera",   "Susana",   "Margarida" };
constexpr const char* portugueseMale[]
    = { "João",  "Pedro",  "Tiago",   "Miguel",    "Rui",   "Nuno",   "Bruno", "Ricardo",
        "André", "Diogo",  "Gonçalo", "Francisco", "Luís",  "Paulo",  "Hugo",  "Filipe",
        "Vasco", "Duarte", "Carlos",  "Jorge",     "Fábio", "Sérgio", "Tomás", "Rodrigo" };
constexpr const char* portugueseSurnames[]
    = { "Silva",   "Santos",  "Ferreira",  "Pereira",   "Oliveira", "Costa",   "Rodrigues", "Martins",
        "Jesus",   "Sousa",   "Fernandes", "Gonçalves", "Gomes",    "Lopes",   "Marques",   "Alves",
        "Almeida", "Ribeiro", "Pinto",     "Carvalho",  "Teixeira", "Moreira", "Correia",   "Mendes",
        "Nunes",   "Soares",  "Vieira",    "Monteiro",  "Cardoso",  "Rocha",   "Neves",     "Coelho" };

constexpr const char* filipinoFemale[]
    = { "Maria",  "Kristine", "Angelica", "Jasmine", "Princess", "Joy",      "Camille", "Mae",
        "Rhea",   "Lovely",   "Janelle",  "Bea",     "Nicole",   "Patricia", "Aileen",  "Grace",
        "Cherry", "Divina",   "Rosalie",  "Trisha",  "Andrea",   "Katrina",  "Lea",     "Marites" };
constexpr const char* filipinoMale[]
    = { "Jose",    "Juan",   "Mark",    "John Paul", "Christian", "Angelo", "Carlo", "Rommel",
        "Jerome",  "Ramon",  "Paolo",   "Miguel",    "Joshua",    "Renato", "Arnel", "Dexter",
        "Jericho", "Nestor", "Ronaldo", "Emmanuel",  "Francis",   "Bryan",  "Kevin", "Rafael" };
constexpr const char* filipinoSurnames[]
    = { "Santos", "Reyes",   "Cruz",     "Bautista", "Ocampo",     "Garcia",  "Mendoza",  "Torres",
        "Tomas",  "Andrada", "Castillo", "Flores",   "Villanueva", "Ramos",   "Castro",   "Rivera",
        "Aquino", "Navarro", "Salazar",  "Mercado",  "Dela Cruz",  "De Leon", "Gonzales", "Lim",
        "Tan",    "Manalo",  "Pascual",  "Dizon",    "Soriano",    "Valdez",  "Aguilar",  "Domingo" };

constexpr const char* irishFemale[]
    = { "Aoife",   "Ciara",   "Niamh", "Sinéad", "Róisín", "Saoirse", "Orla",    "Clodagh",
        "Siobhán", "Emma",    "Sarah", "Grace",  "Éabha",  "Caoimhe", "Aisling", "Fiona",
        "Gráinne", "Mairéad", "Laura", "Rachel", "Louise", "Deirdre", "Nuala",   "Sorcha" };
constexpr const char* irishMale[] = { "Seán",    "Conor", "Cian",   "Darragh", "Oisín",    "Eoin",  "Liam",  "Ciarán",
                                      "Pádraig", "Colm",  "Declan", "Niall",   "Ronan",    "Dónal", "Fionn", "Shane",
                                      "Kevin",   "Brian", "Aidan",  "Cormac",  "Diarmuid", "Tadhg", "Rory",  "Barry" };
constexpr const char* irishSurnames[]
    = { "Murphy",    "Kelly",   "O'Sullivan", "Walsh", "Smith",      "O'Brien",   "Byrne",     "Ryan",
        "O'Connor",  "O'Neill", "O'Reilly",   "Doyle", "McCarthy",   "Gallagher", "O'Doherty", "Kennedy",
        "Lynch",     "Murray",  "Quinn",      "Moore", "McLoughlin", "O'Carroll", "Connolly",  "Daly",
        "O'Connell", "Dunne",   "Brennan",    "Burke", "Collins",    "Campbell",  "Clarke",    "Fitzgerald" };

constexpr const char* polishFemale[]
    = { "Anna",       "Katarzyna", "Małgorzata", "Agnieszka", "Barbara",  "Ewa",     "Magdalena", "Joanna",
        "Aleksandra", "Monika",    "Zofia",      "Natalia",   "Karolina", "Paulina", "Justyna",   "Marta",
        "Dorota",     "Beata",     "Weronika",   "Julia",     "Iwona",    "Kinga",   "Agata",     "Łucja" };
constexpr const char* polishMale[]
    = { "Piotr",  "Krzysztof", "Andrzej",    "Tomasz", "Paweł",     "Michał",   "Marcin", "Jakub",
        "Adam",   "Łukasz",    "Mateusz",    "Kamil",  "Grzegorz",  "Wojciech", "Dawid",  "Bartosz",
        "Maciej", "Szymon",    "Przemysław", "Rafał",  "Sebastian", "Damian",   "Kacper", "Jan" };
constexpr const char* polishSurnames[]
    = { "Nowak",     "Kowalski",  "Wiśniewski", "Wójcik",     "Kowalczyk", "Kamiński",  "Lewandowski",   "Zieliński",
        "Szymański", "Woźniak",   "Dąbrowski",  "Kozłowski",  "Jankowski", "Mazur",     "Wojciechowski", "Kwiatkowski",
        "Krawczyk",  "Kaczmarek", "Piotrowski", "Grabowski",  "Zając",     "Pawłowski", "Michalski",     "Król",
        "Wieczorek", "Jabłoński", "Wróbel",     "Nowakowski", "Majewski",  "Olszewski", "Stępień",       "Malinowski" };
constexpr const char* polishFeminineSurnames[]
    = { "Nowak",     "Kowalska",  "Wiśniewska", "Wójcik",     "Kowalczyk", "Kamińska",  "Lewandowska",   "Zielińska",
        "Szymańska", "Woźniak",   "Dąbrowska",  "Kozłowska",  "Jankowska", "Mazur",     "Wojciechowska", "Kwiatkowska",
        "Krawczyk",  "Kaczmarek", "Piotrowska", "Grabowska",  "Zając",     "Pawłowska", "Michalska",     "Król",
        "Wieczorek", "Jabłońska", "Wróbel",     "Nowakowska", "Majewska",  "Olszewska", "Stępień",       "Malinowska" };
static_assert(std::size(polishSurnames) == std::size(polishFeminineSurnames));

template <std::size_t F, std::size_t M, std::size_t S>
constexpr NameList list(const char* const (&female)[F], const char* const (&male)[M], const char* const (&surnames)[S],
                        const char* const* feminine = nullptr)
{
    return { female, F, male, M, surnames, S, feminine };
}

const NameList& namesFor(DemoNames::Locale locale)
{
    static const std::array<NameList, 4> lists {
        list(portugueseFemale, portugueseMale, portugueseSurnames),
        list(filipinoFemale, filipinoMale, filipinoSurnames),
        list(irishFemale, irishMale, irishSurnames),
        list(polishFemale, polishMale, polishSurnames, polishFeminineSurnames),
    };
    return lists[std::size_t(locale)];
}
} // namespace

DemoNames::Person DemoNames::person(Locale locale, DemoRandom& random)
{
    const NameList& names = namesFor(locale);
    const bool female = random.chance(0.55); // contact-center staff skew female
    const char* first
        = female ? names.female[random.below(names.femaleCount)] : names.male[random.below(names.maleCount)];
    const std::size_t surname = random.below(names.surnameCount);
    const char* last = female && names.feminineSurnames ? names.feminineSurnames[surname] : names.surnames[surname];
    return { QString::fromUtf8(first), QString::fromUtf8(last) };
}

QString DemoNames::username(const Person& person)
{
    const QString full = person.first.left(1) + QLatin1Char('.') + person.last;
    QString out;
    for (QChar c : full.normalized(QString::NormalizationForm_D)) {
        const char16_t u = c.unicode();
        if (u == u'ł' || u == u'Ł')
            out += QLatin1Char('l');
        else if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.')
            out += QChar(u).toLower();
        // combining marks, apostrophes and spaces are dropped
    }
    return out;
}

} // namespace custodian
