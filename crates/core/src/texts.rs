//! The one table of UI strings, Dutch and English. Components never hold literal text: they ask
//! this table with a key. Content texts (statements, areas, advice) live in the content file.

use crate::answers::DomainStage;
use crate::model::Lang;

/// A UI string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum T {
    Start,
    Continue,
    StartAgain,
    ClearAnswers,
    ClearConfirm,
    ClearYes,
    ClearNo,
    Cleared,
    Next,
    Back,
    DontKnow,
    NotApplicable,
    Language,
    SwitchLanguage,
    StepOf,
    Answered,
    Saved,
    StorageUnavailable,
    StorageFull,
    StorageUnreadable,
    StorageNewerVersion,
    UnreadableKept,
    UnreadableNotKept,
    DownloadUnreadable,
    UnreadableFileName,
    DownloadToKeep,
    DownloadAnswers,
    AnswersFileName,
    ImportAnswers,
    ImportHint,
    Imported,
    ImportFailed,
    PanicTitle,
    PanicMessage,
    PanicDownload,
    PanicNoRecord,
    DomainsTitle,
    DomainsIntro,
    DomainsLegend,
    DomainStageLegend,
    StageNotStarted,
    StageExperimenting,
    StagePractice,
    DesiredLegend,
    DesiredHint,
    DesiredNone,
    StepLabel,
    SummaryTitle,
    SummaryIntro,
    Unanswered,
    Change,
    ChangeArea,
    ShowResults,
    DesiredLevel,
    ResultsTitle,
    ProfileTitle,
    ChartDescription,
    Current,
    Desired,
    TableCaption,
    ColArea,
    ColScore,
    ColLevel,
    ColDesired,
    ColGap,
    ColAnswered,
    NoScore,
    ArchetypeTitle,
    ArchetypeSimilarity,
    ArchetypeNote,
    OtherArchetypes,
    Strengths,
    Pitfalls,
    NextStep,
    NoArchetype,
    GapsTitle,
    GapItem,
    NoGaps,
    InsightsTitle,
    NoInsights,
    AdviceTitle,
    LevelOf,
    Recommendation,
    FollowUp,
    NoAnswersInArea,
    ContactTitle,
    ContactPlaceholder,
    NothingSent,
    Print,
    AnswersTitle,
    ReportTitle,
    ReportCompleted,
    ReportPrinted,
    ReportContentVersion,
    ReportDateUnknown,
    ReportSummaryTitle,
    ReportNearest,
    ReportGapsTitle,
    ReportInsightsTitle,
    ReportRunning,
    ReportPageOf,
    FooterLabel,
    AnswersFileTitle,
    AnswersFileIntro,
    ChooseAnswersFile,
    A11yLink,
    A11yTitle,
    A11yScope,
    A11yStatusTitle,
    A11yStatus,
    A11yTestedTitle,
    A11yTestedAxe,
    A11yTestedKeyboard,
    A11yTestedReflow,
    A11yTestedSpacing,
    A11yTestedTargets,
    A11yTestedMotion,
    A11yTestedPrint,
    A11yTools,
    A11yLimitsTitle,
    A11yLimitScreenReader,
    A11yLimitBrowsers,
    A11yLimitPdf,
    A11yLimitChart,
    A11yReportTitle,
    A11yReport,
    A11yReportHost,
    A11yDate,
    A11yClose,
    DomainsChosen,
    NoDomains,
    ClosingTitle,
    IntroLabel,
    WhatYouNeed,
    Overview,
    StartAgainConfirm,
    StartAgainYes,
    ScanChanged,
    OrientationTitle,
    OrientationHint,
    BandStrong,
    BandSome,
    BandWeak,
    ArchetypeMixed,
    OtherArchetypeItem,
    NextStepsTitle,
    NextStepFrom,
    NextStepTo,
    NoNextSteps,
    BandShortStrong,
    BandShortSome,
    BandShortWeak,
}

impl T {
    /// The label of a domain's stage.
    pub fn stage(stage: DomainStage) -> T {
        match stage {
            DomainStage::NotStarted => T::StageNotStarted,
            DomainStage::Experimenting => T::StageExperimenting,
            DomainStage::Practice => T::StagePractice,
        }
    }

    /// The sentence and the short words for how strongly a profile resembles an archetype.
    pub fn band(band: crate::scoring::Band) -> (T, T) {
        use crate::scoring::Band;
        match band {
            Band::Strong => (T::BandStrong, T::BandShortStrong),
            Band::Some => (T::BandSome, T::BandShortSome),
            Band::Weak => (T::BandWeak, T::BandShortWeak),
        }
    }

    /// The text in the given language.
    pub fn get(self, lang: Lang) -> &'static str {
        let (nl, en) = self.both();
        match lang {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }

    fn both(self) -> (&'static str, &'static str) {
        match self {
            T::Start => ("Start de scan", "Start the scan"),
            T::Continue => ("Verder waar u was gebleven", "Continue where you left off"),
            T::StartAgain => ("Opnieuw beginnen", "Start again"),
            T::ClearAnswers => ("Mijn antwoorden wissen", "Clear my answers"),
            T::ClearConfirm => (
                "Weet u zeker dat u al uw antwoorden uit deze browser wilt wissen? Dit kan niet ongedaan worden gemaakt.",
                "Are you sure you want to clear all your answers from this browser? This cannot be undone.",
            ),
            T::ClearYes => ("Ja, wis mijn antwoorden", "Yes, clear my answers"),
            T::ClearNo => ("Nee, bewaar ze", "No, keep them"),
            T::Cleared => ("Uw antwoorden zijn gewist.", "Your answers have been cleared."),
            T::Next => ("Volgende", "Next"),
            T::Back => ("Vorige", "Back"),
            T::DontKnow => ("Weet ik niet", "Don't know"),
            T::NotApplicable => ("Niet van toepassing", "Not applicable"),
            T::Language => ("Taal", "Language"),
            T::SwitchLanguage => ("English", "Nederlands"),
            T::StepOf => ("Stap {k} van {n}", "Step {k} of {n}"),
            T::Answered => ("{k} van {n} stellingen beantwoord", "{k} of {n} statements answered"),
            T::Saved => ("Opgeslagen in deze browser", "Saved in this browser"),
            T::StorageUnavailable => (
                "Deze browser staat opslaan niet toe. U kunt de scan invullen, maar uw antwoorden blijven niet bewaard als u de pagina sluit.",
                "This browser does not allow saving. You can complete the scan, but your answers will not be kept when you close the page.",
            ),
            T::StorageFull => (
                "Uw laatste wijziging kon niet worden opgeslagen: de opslag van deze browser is vol. Uw antwoorden staan nog op het scherm; wij proberen het bij de volgende wijziging opnieuw.",
                "Your last change could not be saved: this browser's storage is full. Your answers are still on screen; we will try again at the next change.",
            ),
            T::StorageUnreadable => (
                "De antwoorden die in deze browser waren opgeslagen, zijn beschadigd en konden niet worden gelezen. U begint met een lege scan.",
                "The answers saved in this browser are damaged and could not be read. You start with an empty scan.",
            ),
            T::StorageNewerVersion => (
                "De antwoorden in deze browser zijn opgeslagen door een nieuwere versie van deze scan en kunnen hier niet worden gelezen. U begint met een lege scan.",
                "The answers in this browser were saved by a newer version of this scan and cannot be read here. You start with an empty scan.",
            ),
            T::UnreadableKept => (
                "De oorspronkelijke gegevens zijn niet weggegooid: er staat een kopie in deze browser en u kunt ze hier downloaden. Uw nieuwe antwoorden worden gewoon opgeslagen.",
                "The original data has not been thrown away: a copy is kept in this browser and you can download it here. Your new answers are saved as usual.",
            ),
            T::UnreadableNotKept => (
                "Er is geen ruimte om een kopie te bewaren. Daarom blijven de oorspronkelijke gegevens onaangeroerd en worden uw nieuwe antwoorden niet opgeslagen als u de pagina sluit. U kunt de oorspronkelijke gegevens hier downloaden.",
                "There is no room to keep a copy. So the original data stays untouched, and your new answers will not be kept when you close the page. You can download the original data here.",
            ),
            T::DownloadUnreadable => ("Oorspronkelijke gegevens downloaden", "Download the original data"),
            T::UnreadableFileName => ("zelfscan-onleesbare-gegevens.txt", "zelfscan-unreadable-data.txt"),
            T::DownloadToKeep => (
                "Wilt u uw antwoorden bewaren? Gebruik dan 'Mijn antwoorden downloaden' onderaan.",
                "Want to keep your answers? Use 'Download my answers' at the bottom.",
            ),
            T::DownloadAnswers => ("Mijn antwoorden downloaden", "Download my answers"),
            T::AnswersFileName => ("zelfscan-antwoorden.json", "zelfscan-answers.json"),
            T::ImportAnswers => ("Antwoordenbestand inlezen", "Import answers file"),
            T::ImportHint => (
                "Een bestand dat u eerder met 'Mijn antwoorden downloaden' heeft opgeslagen. Antwoorden uit het bestand vervangen die op het scherm; andere antwoorden blijven staan.",
                "A file you saved earlier with 'Download my answers'. Answers in the file replace those on screen; other answers stay.",
            ),
            T::Imported => (
                "Het bestand is ingelezen: {n} antwoorden overgenomen.",
                "The file has been imported: {n} answers taken over.",
            ),
            T::ImportFailed => (
                "Dit bestand kan niet worden ingelezen: het is geen antwoordenbestand van deze scan, of het is beschadigd. Er is niets aan uw antwoorden veranderd.",
                "This file cannot be imported: it is not an answers file of this scan, or it is damaged. Nothing has changed in your answers.",
            ),
            T::PanicTitle => ("Er ging iets mis in de zelfscan", "Something went wrong in the self-scan"),
            T::PanicMessage => (
                "De scan is gestopt door een fout. Uw laatst opgeslagen antwoorden staan nog in deze browser: laad de pagina opnieuw om verder te gaan, of download ze hieronder.",
                "The scan stopped because of an error. Your last saved answers are still in this browser: reload the page to continue, or download them below.",
            ),
            T::PanicDownload => ("Laatst opgeslagen antwoorden downloaden", "Download the last saved answers"),
            T::PanicNoRecord => ("Er waren nog geen antwoorden opgeslagen.", "No answers had been saved yet."),
            T::DomainsTitle => ("Vakdomeinen", "Professional domains"),
            T::DomainsIntro => (
                "In welke vakdomeinen wil uw gemeente datagestuurd werken? Kies er één of meer en geef aan hoe ver elk domein is. U kunt deze stap ook overslaan.",
                "In which professional domains does your municipality want to work data-driven? Choose one or more and say how far each domain is. You may also skip this step.",
            ),
            T::DomainsLegend => ("Kies de vakdomeinen", "Choose the professional domains"),
            T::DomainStageLegend => ("Hoe ver is {domain}?", "How far is {domain}?"),
            T::StageNotStarted => ("Nog niet begonnen", "Not started"),
            T::StageExperimenting => ("Aan het experimenteren", "Experimenting"),
            T::StagePractice => ("In de dagelijkse praktijk", "In daily practice"),
            T::DesiredLegend => ("Waar wilt u over twee à drie jaar staan op {area}?", "Where do you want to be in two to three years on {area}?"),
            T::DesiredHint => ("Optioneel. Kies de beschrijving die past bij de gewenste situatie.", "Optional. Choose the description that fits the desired situation."),
            T::DesiredNone => ("Geen keuze", "No choice"),
            T::StepLabel => ("Stap {k} van {n}: {name}", "Step {k} of {n}: {name}"),
            T::SummaryTitle => ("Overzicht van uw antwoorden", "Summary of your answers"),
            T::SummaryIntro => ("Controleer uw antwoorden. Met 'Wijzigen' gaat u terug naar het onderdeel. Daarna ziet u de uitkomst.", "Check your answers. 'Change' takes you back to that part. Then you will see the result."),
            T::Unanswered => ("Niet beantwoord", "Not answered"),
            T::Change => ("Wijzigen", "Change"),
            T::ChangeArea => ("{area} wijzigen", "Change {area}"),
            T::ShowResults => ("Bekijk de uitkomst", "Show the result"),
            T::DesiredLevel => ("Gewenste situatie", "Desired situation"),
            T::ResultsTitle => ("De uitkomst van uw zelfscan", "The result of your self-scan"),
            T::ProfileTitle => ("Uw profiel per aspectgebied", "Your profile per aspect area"),
            T::ChartDescription => ("Radardiagram van de huidige en de gewenste situatie per aspectgebied, van 0 tot 100. Dezelfde cijfers staan in de tabel hieronder.", "Radar chart of the current and the desired situation per aspect area, from 0 to 100. The same numbers are in the table below."),
            T::Current => ("Huidige situatie", "Current situation"),
            T::Desired => ("Gewenste situatie", "Desired situation"),
            T::TableCaption => ("Scores per aspectgebied (0 tot 100), niveau (1 tot 5) en gewenst niveau", "Scores per aspect area (0 to 100), level (1 to 5) and desired level"),
            T::ColArea => ("Aspectgebied", "Aspect area"),
            T::ColScore => ("Score", "Score"),
            T::ColLevel => ("Niveau", "Level"),
            T::ColDesired => ("Gewenst niveau", "Desired level"),
            T::ColGap => ("Verschil", "Gap"),
            T::ColAnswered => ("Beantwoord", "Answered"),
            T::NoScore => ("geen score", "no score"),
            T::ArchetypeTitle => ("Op welk archetype lijkt uw gemeente?", "Which archetype does your municipality resemble?"),
            T::ArchetypeSimilarity => ("Uw antwoorden lijken voor {pct}% op dit archetype.", "Your answers resemble this archetype by {pct}%."),
            T::ArchetypeNote => ("Het archetypemodel is een hulpmiddel voor het gesprek, geen oordeel.", "The archetype model is a tool for conversation, not a verdict."),
            T::OtherArchetypes => ("Gelijkenis met de andere archetypen", "Similarity to the other archetypes"),
            T::Strengths => ("Sterke punten", "Strengths"),
            T::Pitfalls => ("Valkuilen", "Pitfalls"),
            T::NextStep => ("De volgende stap", "The next step"),
            T::NoArchetype => ("Er zijn nog te weinig antwoorden om een archetype te bepalen.", "There are too few answers yet to determine an archetype."),
            T::GapsTitle => ("Waar het verschil tussen nu en gewenst het grootst is", "Where the difference between now and desired is largest"),
            T::GapItem => ("{area}: van niveau {from} naar {to}", "{area}: from level {from} to {to}"),
            T::NoGaps => ("U heeft geen gewenste situatie boven de huidige aangegeven.", "You have not set a desired situation above the current one."),
            T::InsightsTitle => ("Opvallende punten om te bespreken", "Points worth discussing"),
            T::NoInsights => ("Er vallen geen bijzondere onevenwichtigheden op.", "No particular imbalances stand out."),
            T::AdviceTitle => ("Aanbevelingen en vervolgvragen per aspectgebied", "Recommendations and follow-up questions per aspect area"),
            T::LevelOf => ("Niveau {level} van 5", "Level {level} of 5"),
            T::Recommendation => ("Aanbeveling", "Recommendation"),
            T::FollowUp => ("Vragen voor het vervolggesprek", "Questions for the follow-up conversation"),
            T::NoAnswersInArea => ("Dit aspectgebied heeft nog geen antwoorden.", "This aspect area has no answers yet."),
            T::ContactTitle => ("Bespreek de uitkomst met een adviseur", "Discuss the result with an adviser"),
            T::ContactPlaceholder => ("[Contactgegevens van de adviseur: nog in te stellen door de beheerder van deze website]", "[Adviser's contact details: still to be configured by the administrator of this website]"),
            T::NothingSent => ("Uw antwoorden zijn nergens naartoe gestuurd. U bepaalt zelf of u de uitkomst deelt.", "Your answers have not been sent anywhere. You decide whether to share the result."),
            T::Print => ("Afdrukken of opslaan als pdf", "Print or save as PDF"),
            T::AnswersTitle => ("Al uw antwoorden", "All your answers"),
            T::ReportTitle => ("Rapport zelfscan datagestuurde gemeente", "Report data-driven municipality self-scan"),
            T::ReportCompleted => ("Ingevuld op", "Completed on"),
            T::ReportPrinted => ("Afgedrukt op", "Printed on"),
            T::ReportContentVersion => ("Versie van de stellingen", "Version of the statements"),
            T::ReportDateUnknown => ("niet bekend", "not known"),
            T::ReportSummaryTitle => ("Samenvatting", "Summary"),
            T::ReportNearest => (
                "Het archetype waarop uw antwoorden het meest lijken: {name}.",
                "The archetype your answers most resemble: {name}.",
            ),
            T::ReportGapsTitle => ("De drie grootste verschillen tussen nu en gewenst", "The three largest gaps between now and desired"),
            T::ReportInsightsTitle => ("Inzichten om te bespreken", "Insights to discuss"),
            T::ReportRunning => ("{title}, ingevuld op {date}", "{title}, completed on {date}"),
            T::ReportPageOf => ("pagina {page} van {pages}", "page {page} of {pages}"),
            T::FooterLabel => ("Bestand en toegankelijkheid", "File and accessibility"),
            T::AnswersFileTitle => ("Uw antwoorden als bestand", "Your answers as a file"),
            T::AnswersFileIntro => (
                "Bewaar uw antwoorden in een bestand, bijvoorbeeld om op een andere computer verder te gaan, of lees een eerder bewaard bestand in.",
                "Save your answers in a file, for example to continue on another computer, or read in a file you saved earlier.",
            ),
            T::ChooseAnswersFile => ("Antwoordenbestand kiezen en inlezen", "Choose and import an answers file"),
            T::A11yLink => ("Toegankelijkheid", "Accessibility"),
            T::A11yTitle => ("Toegankelijkheidsverklaring van de zelfscan", "Accessibility statement of the self-scan"),
            T::A11yScope => (
                "Deze verklaring gaat alleen over de zelfscan zelf: de stappen met vragen, de uitkomst en het afgedrukte rapport. De webpagina waarin de zelfscan staat, is van de organisatie die deze website beheert; daarvoor geldt haar eigen toegankelijkheidsverklaring.",
                "This statement covers the self-scan itself only: the steps with questions, the result and the printed report. The web page around the self-scan belongs to the organisation that runs this website; its own accessibility statement applies to that page.",
            ),
            T::A11yStatusTitle => ("Nalevingsstatus", "Compliance status"),
            T::A11yStatus => (
                "De zelfscan is gemaakt om te voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.2 op niveau A en AA, de norm achter EN 301 549. Volgens het eigen onderzoek van de makers voldoet hij aan alle onderzochte eisen, met de beperkingen die hieronder staan. Een onafhankelijk onderzoek heeft nog niet plaatsgevonden. De organisatie die de zelfscan op haar website plaatst, kan deze gegevens gebruiken voor haar eigen verklaring.",
                "The self-scan is built to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level A and AA, the standard behind EN 301 549. According to its makers' own evaluation it meets every requirement that was checked, with the limitations listed below. No independent evaluation has taken place yet. The organisation that puts the self-scan on its website can use this information for its own statement.",
            ),
            T::A11yTestedTitle => ("Hoe is dit onderzocht?", "How was this evaluated?"),
            T::A11yTestedAxe => (
                "Automatisch, met axe-core (de regels voor WCAG 2.0, 2.1 en 2.2, niveau A en AA), op elk scherm en in elke toestand: alle stappen, het overzicht, de uitkomst, de meldingen en deze verklaring.",
                "Automatically, with axe-core (the rules for WCAG 2.0, 2.1 and 2.2, level A and AA), on every screen and in every state: all steps, the summary, the result, the notices and this statement.",
            ),
            T::A11yTestedKeyboard => (
                "Met alleen het toetsenbord: de hele scan, van de eerste stap tot de uitkomst, met op elk bedieningselement een zichtbare focus die nergens onder verdwijnt.",
                "With the keyboard only: the whole scan, from the first step to the result, with a visible focus on every control that is never hidden under anything.",
            ),
            T::A11yTestedReflow => (
                "Bij een venster van 320 pixels breed, wat overeenkomt met 400% zoom: niets hoeft zijwaarts te scrollen.",
                "In a window 320 pixels wide, which equals 400% zoom: nothing needs scrolling sideways.",
            ),
            T::A11yTestedSpacing => (
                "Met vergrote regel-, alinea-, letter- en woordafstand: er valt geen tekst weg.",
                "With increased line, paragraph, letter and word spacing: no text is lost.",
            ),
            T::A11yTestedTargets => (
                "Elk klikdoel is ten minste 24 bij 24 pixels, gemeten op het scherm. Slepen is nergens nodig, en u hoeft nooit iets opnieuw in te typen.",
                "Every target is at least 24 by 24 pixels, measured on screen. Dragging is never needed, and you never have to type anything again.",
            ),
            T::A11yTestedMotion => (
                "Met de instelling 'beperk beweging' van uw systeem beweegt er niets.",
                "With your system's 'reduce motion' setting nothing moves.",
            ),
            T::A11yTestedPrint => (
                "Het rapport is afgedrukt als pdf op A4 en Letter, in het Nederlands en het Engels.",
                "The report was printed to PDF on A4 and Letter, in Dutch and English.",
            ),
            T::A11yTools => (
                "Gebruikte hulpmiddelen: axe-core 4.14, Playwright en Chromium. Deze controles draaien bij elke wijziging van de zelfscan opnieuw.",
                "Tools used: axe-core 4.14, Playwright and Chromium. These checks run again at every change of the self-scan.",
            ),
            T::A11yLimitsTitle => ("Bekende beperkingen", "Known limitations"),
            T::A11yLimitScreenReader => (
                "De zelfscan is niet getest met schermlezers (zoals NVDA, JAWS of VoiceOver). Hij gebruikt wel overal gewone HTML-elementen met labels, legenda's en koppen.",
                "The self-scan has not been tested with screen readers (such as NVDA, JAWS or VoiceOver). It does use plain HTML elements with labels, legends and headings throughout.",
            ),
            T::A11yLimitBrowsers => (
                "De controles zijn gedaan in Chromium (de basis van Chrome en Edge), niet in Firefox of Safari en niet op een telefoon of tablet zelf.",
                "The checks were done in Chromium (the basis of Chrome and Edge), not in Firefox or Safari, and not on a phone or tablet itself.",
            ),
            T::A11yLimitPdf => (
                "Het pdf-rapport maakt uw browser bij het afdrukken. Hoe toegankelijk dat bestand is, bijvoorbeeld of koppen als koppen worden herkend, hangt af van de browser. Paginanummers en de titel op elke pagina drukken alleen Chromium-browsers vanaf versie 131 af.",
                "Your browser makes the PDF report when you print. How accessible that file is, for example whether headings are recognised as headings, depends on the browser. Only Chromium browsers from version 131 print the page numbers and the title on every page.",
            ),
            T::A11yLimitChart => (
                "Het radardiagram is een afbeelding. Dezelfde cijfers staan in de tabel eronder.",
                "The radar chart is an image. The same numbers are in the table below it.",
            ),
            T::A11yReportTitle => ("Een probleem melden", "Report a problem"),
            T::A11yReport => (
                "Loopt u tegen een probleem aan, of wilt u de informatie in een andere vorm? Neem dan contact op met:",
                "Do you run into a problem, or would you like the information in another form? Please contact:",
            ),
            T::A11yReportHost => (
                "de organisatie op wier website u deze zelfscan gebruikt.",
                "the organisation on whose website you use this self-scan.",
            ),
            T::A11yDate => (
                "Deze verklaring is opgesteld op 27 november 2026 en geldt voor deze versie van de zelfscan.",
                "This statement was drawn up on 27 November 2026 and applies to this version of the self-scan.",
            ),
            T::A11yClose => ("Verklaring sluiten", "Close the statement"),
            T::DomainsChosen => ("Gekozen vakdomeinen", "Chosen professional domains"),
            T::NoDomains => ("Geen vakdomeinen gekozen.", "No professional domains chosen."),
            T::ClosingTitle => ("Tot slot", "Finally"),
            T::IntroLabel => ("Introductie", "Introduction"),
            T::WhatYouNeed => ("Wat u nodig heeft", "What you need"),
            T::Overview => ("De scan heeft {areas} onderdelen met samen {statements} stellingen. Bij elke stelling kiest u de beschrijving die het best past bij wat u in uw gemeente ziet.", "The scan has {areas} parts with {statements} statements in all. For each statement you choose the description that best fits what you see in your municipality."),
            T::StartAgainConfirm => ("Opnieuw beginnen wist uw huidige antwoorden uit deze browser. Wilt u dat?", "Starting again clears your current answers from this browser. Do you want that?"),
            T::StartAgainYes => ("Ja, begin opnieuw", "Yes, start again"),
            T::ScanChanged => (
                "Deze scan is gewijzigd sinds uw vorige bezoek. Een deel van uw eerdere antwoorden hoort bij stellingen die niet meer bestaan: die bewaren wij, maar ze tellen niet meer mee. Bekijk deze onderdelen opnieuw: {areas}.",
                "This scan has changed since your last visit. Some of your earlier answers belong to statements that no longer exist: we keep them, but they no longer count. Please look at these parts again: {areas}.",
            ),
            T::OrientationTitle => ("Waar ligt bij u de nadruk?", "Where does your emphasis lie?"),
            T::OrientationHint => (
                "Deze vragen hebben geen goed of fout antwoord en tellen niet mee in de score. Ze helpen bepalen op welk archetype uw gemeente lijkt.",
                "These questions have no right or wrong answer and do not count towards the score. They help determine which archetype your municipality resembles.",
            ),
            T::BandStrong => ("Uw antwoorden lijken sterk op dit archetype.", "Your answers strongly resemble this archetype."),
            T::BandSome => ("Uw antwoorden lijken enigszins op dit archetype.", "Your answers somewhat resemble this archetype."),
            T::BandWeak => (
                "Uw antwoorden lijken op geen van de archetypen sterk; dit archetype komt het dichtst in de buurt.",
                "Your answers do not closely resemble any archetype; this one comes nearest.",
            ),
            T::ArchetypeMixed => (
                "Uw profiel mengt twee archetypen die ongeveer even dichtbij liggen: {first} en {second}. Lees beide beschrijvingen.",
                "Your profile mixes two archetypes that are about equally near: {first} and {second}. Read both descriptions.",
            ),
            T::OtherArchetypeItem => ("{name}: {band} ({pct}%)", "{name}: {band} ({pct}%)"),
            T::BandShortStrong => ("lijkt er sterk op", "strongly alike"),
            T::BandShortSome => ("lijkt er enigszins op", "somewhat alike"),
            T::BandShortWeak => ("lijkt er weinig op", "little alike"),
            T::NextStepsTitle => ("Concrete volgende stappen", "Concrete next steps"),
            T::NextStepFrom => ("Nu", "Now"),
            T::NextStepTo => ("Volgende stap", "Next step"),
            T::NoNextSteps => (
                "Er is hier geen stelling beantwoord met een optie onder de hoogste.",
                "No statement here was answered with an option below the highest.",
            ),
        }
    }
}

/// Fills `{name}` placeholders in a UI string.
pub fn fill<V: ToString>(template: &str, values: &[(&str, V)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), &value.to_string())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_in_both_languages() {
        let cases = [(Lang::Nl, "Stap 2 van 9"), (Lang::En, "Step 2 of 9")];
        for (lang, expected) in cases {
            assert_eq!(fill(T::StepOf.get(lang), &[("k", 2), ("n", 9)]), expected);
        }
    }
}
