#include "DemoData.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox::DemoData {

const QStringList &firstNames()
{
    static const QStringList names = u"Ada Alan Alicia Amara Amelia Andre Anika Ariana Arjun Ava "
        "Beatriz Benjamin Bianca Caleb Camila Carlos Chen Chloe Daniel Dmitri Elena Eli Elijah "
        "Emma Esther Ethan Fatima Felix Gabriel Grace Hana Hannah Hiro Ibrahim Imani Isaac "
        "Isabella Jamal Jasmine Javier Jin Jonah Julia Kai Kamala Keanu Kenji Laila Leo Lucia "
        "Luis Maya Mei Mia Miguel Mohammed Nadia Naomi Nia Noah Nora Oliver Omar Priya Rafael "
        "Ravi Rosa Ruth Samuel Sana Sofia Sophia Tariq Theo Tomas Uma Valentina Victor Wei "
        "Xavier Yara Yusuf Zara Zoe"_s.split(u' ');
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names = u"Abbott Adeyemi Alvarez Anderson Baker Banerjee Bennett "
        "Brooks Campbell Castillo Chang Chen Clarke Cohen Collins Cruz Davis Diaz Edwards Evans "
        "Fernandez Fischer Flores Garcia Gomez Gonzalez Green Gupta Hall Harris Hernandez Hill "
        "Hughes Ito Jackson Johnson Kim King Kowalski Lee Lewis Lopez Martin Martinez Mendoza "
        "Miller Moore Morgan Murphy Nakamura Nguyen Okafor Oliveira Ortiz Patel Perez Peterson "
        "Phillips Price Ramirez Reed Reyes Rivera Roberts Robinson Rodriguez Rossi Russell "
        "Sanchez Santos Schmidt Scott Shah Silva Singh Smith Sullivan Tanaka Taylor Thomas "
        "Thompson Torres Turner Walker Wang Watson White Williams Wilson Wright Yamamoto Young "
        "Zhang"_s.split(u' ');
    return names;
}

const QList<Place> &places()
{
    static const QList<Place> all{
        {u"San Francisco"_s, u"CA"_s, u"America/Los_Angeles"_s},
        {u"Los Angeles"_s, u"CA"_s, u"America/Los_Angeles"_s},
        {u"San Diego"_s, u"CA"_s, u"America/Los_Angeles"_s},
        {u"Oakland"_s, u"CA"_s, u"America/Los_Angeles"_s},
        {u"Seattle"_s, u"WA"_s, u"America/Los_Angeles"_s},
        {u"Portland"_s, u"OR"_s, u"America/Los_Angeles"_s},
        {u"Denver"_s, u"CO"_s, u"America/Denver"_s},
        {u"Austin"_s, u"TX"_s, u"America/Chicago"_s},
        {u"Houston"_s, u"TX"_s, u"America/Chicago"_s},
        {u"Chicago"_s, u"IL"_s, u"America/Chicago"_s},
        {u"Minneapolis"_s, u"MN"_s, u"America/Chicago"_s},
        {u"Atlanta"_s, u"GA"_s, u"America/New_York"_s},
        {u"Miami"_s, u"FL"_s, u"America/New_York"_s},
        {u"New York"_s, u"NY"_s, u"America/New_York"_s},
        {u"Brooklyn"_s, u"NY"_s, u"America/New_York"_s},
        {u"Boston"_s, u"MA"_s, u"America/New_York"_s},
        {u"Philadelphia"_s, u"PA"_s, u"America/New_York"_s},
        {u"Washington"_s, u"DC"_s, u"America/New_York"_s},
        {u"Raleigh"_s, u"NC"_s, u"America/New_York"_s},
        {u"Phoenix"_s, u"AZ"_s, u"America/Phoenix"_s},
        {u"Salt Lake City"_s, u"UT"_s, u"America/Denver"_s},
        {u"Nashville"_s, u"TN"_s, u"America/Chicago"_s},
    };
    return all;
}

const QStringList &departments()
{
    static const QStringList all{u"Engineering"_s, u"Product"_s, u"Design"_s, u"Sales"_s,
                                 u"Marketing"_s, u"Customer Success"_s, u"People"_s,
                                 u"Finance"_s, u"Operations"_s};
    return all;
}

const QList<JobTemplate> &jobs()
{
    static const QList<JobTemplate> all{
        {u"Senior Backend Engineer"_s, u"Engineering"_s, u"FullTime"_s, u"Engineering"_s, 185000},
        {u"Staff Platform Engineer"_s, u"Engineering"_s, u"FullTime"_s, u"Engineering"_s, 215000},
        {u"Frontend Engineer"_s, u"Engineering"_s, u"FullTime"_s, u"Engineering"_s, 160000},
        {u"Mobile Engineer (iOS)"_s, u"Engineering"_s, u"FullTime"_s, u"Engineering"_s, 170000},
        {u"Site Reliability Engineer"_s, u"Engineering"_s, u"FullTime"_s, u"Engineering"_s, 175000},
        {u"Data Engineer"_s, u"Engineering"_s, u"FullTime"_s, u"Engineering"_s, 165000},
        {u"Engineering Manager, Payments"_s, u"Engineering"_s, u"FullTime"_s, u"Engineering"_s, 220000},
        {u"QA Automation Engineer"_s, u"Engineering"_s, u"Contract"_s, u"Engineering"_s, 120000},
        {u"Software Engineering Intern"_s, u"Engineering"_s, u"Intern"_s, u"Engineering"_s, 60000},
        {u"Senior Product Manager"_s, u"Product"_s, u"FullTime"_s, u"General"_s, 190000},
        {u"Product Analyst"_s, u"Product"_s, u"FullTime"_s, u"General"_s, 125000},
        {u"Product Designer"_s, u"Design"_s, u"FullTime"_s, u"General"_s, 150000},
        {u"UX Researcher"_s, u"Design"_s, u"PartTime"_s, u"General"_s, 80000},
        {u"Account Executive, Mid-Market"_s, u"Sales"_s, u"FullTime"_s, u"Go-to-market"_s, 110000},
        {u"Enterprise Account Executive"_s, u"Sales"_s, u"FullTime"_s, u"Go-to-market"_s, 140000},
        {u"Sales Development Representative"_s, u"Sales"_s, u"FullTime"_s, u"Go-to-market"_s, 65000},
        {u"Solutions Engineer"_s, u"Sales"_s, u"FullTime"_s, u"Go-to-market"_s, 150000},
        {u"Growth Marketing Manager"_s, u"Marketing"_s, u"FullTime"_s, u"Go-to-market"_s, 130000},
        {u"Content Marketing Lead"_s, u"Marketing"_s, u"FullTime"_s, u"Go-to-market"_s, 115000},
        {u"Customer Success Manager"_s, u"Customer Success"_s, u"FullTime"_s, u"Go-to-market"_s, 95000},
        {u"Support Specialist"_s, u"Customer Success"_s, u"Temporary"_s, u"Go-to-market"_s, 55000},
        {u"People Partner"_s, u"People"_s, u"FullTime"_s, u"General"_s, 120000},
        {u"Technical Recruiter"_s, u"People"_s, u"FullTime"_s, u"General"_s, 105000},
        {u"Senior Accountant"_s, u"Finance"_s, u"FullTime"_s, u"General"_s, 110000},
        {u"Office Manager"_s, u"Operations"_s, u"PartTime"_s, u"General"_s, 60000},
    };
    return all;
}

} // namespace Tessera::Sandbox::DemoData
