//! The tables of UI strings, Dutch and English: `T`, and `W` for the workbench only. Components
//! never hold literal text: they ask a table with a key. Content texts (statements, areas,
//! advice) live in the content file.

use crate::model::answers::DomainStage;
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
    ClearTeamToo,
    ClearTeamTooOne,
    ClearTeamKeptHint,
    ClearedTeamKept,
    ClearedTeamToo,
    ImportedCodes,
    ImportedCodesOne,
    ImportedScans,
    ImportedScansOne,
    Next,
    Back,
    DontKnow,
    NotApplicable,
    SwitchLanguage,
    EnglishUnavailable,
    Answered,
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
    ImportHint,
    Imported,
    ImportedOne,
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
    SummaryTitle,
    SummaryIntro,
    Unanswered,
    ChangeArea,
    ShowResults,
    DesiredLevel,
    ResultsTitle,
    ResultsLoading,
    ResultsNotLoaded,
    ResultsNotLoadedHelp,
    ResultsTryAgain,
    ProfileTitle,
    ChartDescription,
    ChartDescriptionNow,
    Current,
    Desired,
    TableCaption,
    TableCaptionNow,
    ColArea,
    ColScore,
    ColLevel,
    ColDesired,
    ColGap,
    ColAnswered,
    NoScore,
    ArchetypeTitle,
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
    CodeTitle,
    CodeIntro,
    CodeLink,
    CodeUnavailable,
    SendToAdviser,
    SendToAdviserTitle,
    MailPreview,
    MailSubject,
    MailBody,
    SharedTitle,
    SharedIntro,
    MakeMine,
    MakeMineConfirm,
    MakeMineYes,
    OwnScan,
    BadCodeTitle,
    ErrNotACode,
    ErrMistyped,
    ErrTruncated,
    ErrUnknownVersion,
    GoneNotice,
    GoneNoticeOne,
    CsvDownload,
    CsvFileName,
    CsvKind,
    CsvStatement,
    CsvId,
    CsvText,
    CsvAnswer,
    TeamOpen,
    ColCount,
    ColMean,
    ColMin,
    ColMax,
    ColSpread,
    ColDesiredMean,
    ColDesiredRange,
    HistoryOpen,
    ScanChanged,
    ScanChangedOne,
    OrientationTitle,
    OrientationHint,
    BandStrong,
    BandSome,
    BandWeak,
    OtherArchetypeItem,
    NextStepsTitle,
    NextStepFrom,
    NextStepTo,
    WhatCounts,
    NextStepAction,
    TraitsIntro,
    GuidingTitle,
    GuidingIntro,
    GuidingNotAnswered,
    GuidingWeakest,
    GuidingDiscuss,
    GuidingDomains,
    CsvNextStep,
    NoNextSteps,
    BandShortStrong,
    BandShortSome,
    BandShortWeak,
    ContactLink,
    AmbitionTitle,
    AmbitionIntro,
    AmbitionLegend,
    AmbitionNow,
    AmbitionNowNone,
    AmbitionLevel,
    AmbitionCurrentMark,
    AmbitionClear,
    AmbitionChosen,
    AmbitionSkip,
    AmbitionInvite,
    AmbitionSet,
    PartLabel,
    PartProgress,
    HeadlineStanding,
    HeadlineRange,
    HeadlineSame,
    HeadlineNone,
    Strongest,
    Weakest,
    AreaAtLevel,
    TopStepsTitle,
    TopStepArea,
    TalkToAdviser,
    ContactNeutral,
    ExportsTitle,
    DomainsWhy,
    DomainsSkip,
    PrivacySummary,
    ReturnWithFile,
    OptionsTemplate,
    BootLoading,
    BootFailed,
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
    pub fn band(band: crate::score::scoring::Band) -> (T, T) {
        use crate::score::scoring::Band;
        match band {
            Band::Strong => (T::BandStrong, T::BandShortStrong),
            Band::Some => (T::BandSome, T::BandShortSome),
            Band::Weak => (T::BandWeak, T::BandShortWeak),
        }
    }

    /// The string for a count of `n`: `one` (the singular, with the 1 written in) when `n` is 1,
    /// `many` (with an `{n}` placeholder) otherwise.
    pub fn count(n: usize, one: T, many: T) -> T {
        singular_or_plural(n, one, many)
    }

    /// The text in the given language.
    pub fn get(self, lang: Lang) -> &'static str {
        in_language(self.both(), lang)
    }

    // The string table: one arm per string, long by nature and read line by line.
    #[allow(clippy::too_many_lines)]
    fn both(self) -> (&'static str, &'static str) {
        match self {
            T::Start => ("Start de scan", "Start the scan"),
            T::Continue => ("Verder waar u was gebleven", "Continue where you left off"),
            T::StartAgain => ("Opnieuw beginnen", "Start again"),
            T::ClearAnswers => ("Mijn antwoorden wissen", "Clear my answers"),
            T::ClearConfirm => (
                "Weet u zeker dat u al uw antwoorden en uw eerdere scans uit deze browser wilt wissen? Dit kunt u niet ongedaan maken.",
                "Are you sure you want to clear all your answers and your earlier scans from this browser? This cannot be undone.",
            ),
            T::ClearYes => ("Ja, wis mijn antwoorden", "Yes, clear my answers"),
            T::ClearNo => ("Nee, bewaar ze", "No, keep them"),
            T::Cleared => ("Uw antwoorden en eerdere scans zijn gewist.", "Your answers and earlier scans have been cleared."),
            T::ClearTeamToo => ("Ook de {n} codes van collega's in het teamoverzicht wissen", "Also clear the {n} codes of colleagues in the team overview"),
            T::ClearTeamTooOne => ("Ook de code van 1 collega in het teamoverzicht wissen", "Also clear the code of 1 colleague in the team overview"),
            T::ClearTeamKeptHint => ("Zet u geen vinkje, dan blijven de codes in het teamoverzicht bewaard.", "If you leave this unticked, the codes in the team overview are kept."),
            T::ClearedTeamKept => ("De codes in het teamoverzicht zijn bewaard.", "The codes in the team overview have been kept."),
            T::ClearedTeamToo => ("De codes in het teamoverzicht zijn ook gewist.", "The codes in the team overview have been cleared too."),
            // After T::Imported, each only when its count is above 0.
            T::ImportedCodes => (
                "De zelfscan heeft ook {n} codes voor het teamoverzicht overgenomen.",
                "The self-scan also imported {n} codes for the team overview.",
            ),
            T::ImportedCodesOne => (
                "De zelfscan heeft ook 1 code voor het teamoverzicht overgenomen.",
                "The self-scan also imported 1 code for the team overview.",
            ),
            T::ImportedScans => (
                "De zelfscan heeft ook {n} eerdere scans overgenomen.",
                "The self-scan also imported {n} earlier scans.",
            ),
            T::ImportedScansOne => (
                "De zelfscan heeft ook 1 eerdere scan overgenomen.",
                "The self-scan also imported 1 earlier scan.",
            ),
            T::Next => ("Volgende", "Next"),
            T::Back => ("Vorige", "Back"),
            T::DontKnow => ("Weet ik niet", "Don't know"),
            T::NotApplicable => ("Niet van toepassing", "Not applicable"),
            T::SwitchLanguage => ("English", "Nederlands"),
            T::EnglishUnavailable => (
                "De zelfscan kan de Engelse tekst nu niet laden. Daarom blijft hij in het Nederlands. Probeer het later opnieuw met de knop 'English'.",
                "The self-scan cannot load the English text now, so it stays in Dutch. Try again later with the 'English' button.",
            ),
            T::Answered => ("Stellingen beantwoord: {k} van {n}", "Statements answered: {k} of {n}"),
            T::StorageUnavailable => (
                "De zelfscan kan in deze browser niets opslaan. U kunt de scan wel invullen, maar als u de pagina sluit, zijn uw antwoorden weg.",
                "This browser does not allow saving. You can complete the scan, but your answers will not be kept when you close the page.",
            ),
            T::StorageFull => (
                "Uw laatste wijziging is niet opgeslagen: de opslag van deze browser is vol. Uw antwoorden staan nog op het scherm. Bij uw volgende wijziging probeert de zelfscan het opnieuw.",
                "Your last change was not saved: this browser's storage is full. Your answers are still on screen. The self-scan will try again at your next change.",
            ),
            T::StorageUnreadable => (
                "De antwoorden die in deze browser stonden, zijn beschadigd. De zelfscan kan ze niet lezen. U begint met een lege scan.",
                "The answers saved in this browser are damaged. The self-scan cannot read them. You start with an empty scan.",
            ),
            T::StorageNewerVersion => (
                "Een nieuwere versie van de zelfscan heeft de antwoorden in deze browser opgeslagen. Deze versie van de zelfscan kan ze niet lezen. U begint met een lege scan.",
                "A newer version of the self-scan saved the answers in this browser. This version of the self-scan cannot read them. You start with an empty scan.",
            ),
            T::UnreadableKept => (
                "De oorspronkelijke gegevens zijn niet weggegooid: er staat een kopie in deze browser. U kunt die kopie hier downloaden. De zelfscan slaat uw nieuwe antwoorden gewoon op.",
                "The original data has not been thrown away: a copy is kept in this browser. You can download that copy here. The self-scan saves your new answers as usual.",
            ),
            T::UnreadableNotKept => (
                "Er is geen ruimte voor een kopie. Daarom laat de zelfscan de oorspronkelijke gegevens staan en slaat hij uw nieuwe antwoorden niet op. Als u de pagina sluit, zijn uw nieuwe antwoorden weg. U kunt de oorspronkelijke gegevens hier downloaden.",
                "There is no room for a copy. So the self-scan leaves the original data as it is and does not save your new answers. When you close the page, your new answers are lost. You can download the original data here.",
            ),
            T::DownloadUnreadable => ("Oorspronkelijke gegevens downloaden", "Download the original data"),
            T::UnreadableFileName => ("zelfscan-onleesbare-gegevens.txt", "zelfscan-unreadable-data.txt"),
            T::DownloadToKeep => (
                "Wilt u uw antwoorden bewaren? Kies dan onderaan 'Mijn antwoorden downloaden'.",
                "Want to keep your answers? Then choose 'Download my answers' at the bottom.",
            ),
            T::DownloadAnswers => ("Mijn antwoorden downloaden", "Download my answers"),
            T::AnswersFileName => ("zelfscan-antwoorden.json", "zelfscan-answers.json"),
            T::ImportHint => (
                "Kies een bestand dat u eerder met 'Mijn antwoorden downloaden' heeft opgeslagen. Staat in het bestand een antwoord op een stelling die u al heeft beantwoord? Dan vervangt het antwoord uit het bestand uw antwoord. Uw andere antwoorden blijven staan. Eerdere scans en codes voor het teamoverzicht uit het bestand komen erbij.",
                "Choose a file you saved earlier with 'Download my answers'. Does the file hold an answer to a statement you have already answered? Then the answer from the file replaces your answer. Your other answers stay. Earlier scans and codes for the team overview in the file are added.",
            ),
            T::Imported => ("Het bestand is ingelezen. De zelfscan heeft {n} antwoorden overgenomen.", "The file has been imported. Answers imported: {n}."),
            T::ImportedOne => ("Het bestand is ingelezen. De zelfscan heeft 1 antwoord overgenomen.", "The file has been imported. Answers imported: 1."),
            T::ImportFailed => (
                "De zelfscan kan dit bestand niet inlezen: het is geen antwoordenbestand van deze scan, of het is beschadigd. Uw antwoorden zijn niet veranderd.",
                "The self-scan cannot import this file: it is not an answers file of this scan, or it is damaged. Your answers have not changed.",
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
                "In welke vakdomeinen wil uw gemeente datagestuurd werken? Kies 1 of meer vakdomeinen. Geef per vakdomein aan hoe ver uw gemeente daarmee is. U kunt deze stap ook overslaan.",
                "In which professional domains does your municipality want to work data-driven? Choose 1 or more domains. For each domain, say how far your municipality has got. You may also skip this step.",
            ),
            T::DomainsLegend => ("Kies de vakdomeinen", "Choose the professional domains"),
            T::DomainStageLegend => ("{domain}: hoe ver is uw gemeente?", "{domain}: how far has your municipality got?"),
            T::StageNotStarted => ("Nog niet begonnen", "Not started"),
            T::StageExperimenting => ("Aan het experimenteren", "Experimenting"),
            T::StagePractice => ("In de dagelijkse praktijk", "In daily practice"),
            T::SummaryTitle => ("Overzicht van uw antwoorden", "Summary of your answers"),
            T::SummaryIntro => (
                "Controleer uw antwoorden. Wilt u iets veranderen? Kies dan bij dat aspectgebied de knop 'Antwoorden bij … wijzigen'. Klopt alles? Bekijk dan de uitkomst.",
                "Check your answers. Do you want to change something? Then choose the button 'Change answers for …' at that aspect area. Is everything right? Then view the result.",
            ),
            T::Unanswered => ("Niet beantwoord", "Not answered"),
            T::ChangeArea => ("Antwoorden bij {area} wijzigen", "Change answers for {area}"),
            T::ShowResults => ("Bekijk de uitkomst", "Show the result"),
            T::DesiredLevel => ("Gewenste situatie", "Desired situation"),
            T::ResultsTitle => ("De uitkomst van uw zelfscan", "The result of your self-scan"),
            T::ResultsLoading => ("De uitkomst wordt geladen", "The result is loading"),
            T::ResultsNotLoaded => ("De uitkomst kon niet worden geladen", "The result could not be loaded"),
            T::ResultsNotLoadedHelp => ("Uw antwoorden zijn niet verloren gegaan. Controleer uw internetverbinding en probeer het opnieuw.", "Your answers have not been lost. Check your internet connection and try again."),
            T::ResultsTryAgain => ("Opnieuw proberen", "Try again"),
            T::ProfileTitle => ("Uw profiel per aspectgebied", "Your profile per aspect area"),
            T::ChartDescription => ("Radardiagram van de huidige en de gewenste situatie per aspectgebied, van 0 tot 100. Dezelfde cijfers staan in de tabel hieronder.", "Radar chart of the current and the desired situation per aspect area, from 0 to 100. The same numbers are in the table below."),
            T::ChartDescriptionNow => ("Radardiagram van de huidige situatie per aspectgebied, van 0 tot 100. Dezelfde cijfers staan in de tabel hieronder.", "Radar chart of the current situation per aspect area, from 0 to 100. The same numbers are in the table below."),
            T::Current => ("Huidige situatie", "Current situation"),
            T::Desired => ("Gewenste situatie", "Desired situation"),
            T::TableCaption => ("Scores per aspectgebied (0 tot 100), niveau (1 tot 5) en gewenst niveau", "Scores per aspect area (0 to 100), level (1 to 5) and desired level"),
            T::TableCaptionNow => ("Scores per aspectgebied (0 tot 100) en niveau (1 tot 5)", "Scores per aspect area (0 to 100) and level (1 to 5)"),
            T::ColArea => ("Aspectgebied", "Aspect area"),
            T::ColScore => ("Score", "Score"),
            T::ColLevel => ("Niveau", "Level"),
            T::ColDesired => ("Gewenst niveau", "Desired level"),
            T::ColGap => ("Verschil", "Gap"),
            T::ColAnswered => ("Stellingen die meetellen", "Statements counted"),
            T::NoScore => ("geen score", "no score"),
            T::ArchetypeTitle => ("Op welk archetype lijkt uw gemeente?", "Which archetype does your municipality resemble?"),
            T::ArchetypeNote => ("Het archetypemodel is een hulpmiddel voor het gesprek, geen oordeel.", "The archetype model is a tool for conversation, not a verdict."),
            T::OtherArchetypes => ("Gelijkenis met de andere archetypen", "Similarity to the other archetypes"),
            T::Strengths => ("Sterke punten", "Strengths"),
            T::Pitfalls => ("Valkuilen", "Pitfalls"),
            T::NextStep => ("De volgende stap", "The next step"),
            T::NoArchetype => ("Er zijn nog te weinig antwoorden om een archetype te bepalen.", "There are too few answers yet to determine an archetype."),
            T::GapsTitle => ("Waar het verschil met de gewenste situatie het grootst is", "Where the gap with the desired situation is largest"),
            T::GapItem => ("{area}: van niveau {from} naar {to}", "{area}: from level {from} to {to}"),
            T::NoGaps => ("U heeft bij geen enkel aspectgebied een hoger niveau gekozen dan het huidige.", "You have not chosen a level above the current one for any aspect area."),
            T::InsightsTitle => ("Opvallende punten om te bespreken", "Points worth discussing"),
            T::NoInsights => ("Er vallen geen bijzondere punten op.", "Nothing in particular stands out."),
            T::AdviceTitle => ("Aanbevelingen en vervolgvragen per aspectgebied", "Recommendations and follow-up questions per aspect area"),
            T::LevelOf => ("Niveau {level} van 5", "Level {level} of 5"),
            T::Recommendation => ("Aanbeveling", "Recommendation"),
            T::FollowUp => ("Vragen voor het vervolggesprek", "Questions for the follow-up conversation"),
            T::NoAnswersInArea => (
                "U heeft in dit aspectgebied nog bij geen enkele stelling een beschrijving gekozen.",
                "You have not chosen a description for any statement in this aspect area yet.",
            ),
            T::ContactTitle => ("Bespreek de uitkomst met een adviseur", "Discuss the result with an adviser"),
            T::ContactPlaceholder => ("[Contactgegevens van de adviseur: nog in te stellen door de beheerder van deze website]", "[Adviser's contact details: still to be configured by the administrator of this website]"),
            T::NothingSent => ("De zelfscan heeft uw antwoorden nergens naartoe gestuurd. U bepaalt zelf of u de uitkomst deelt.", "The self-scan has not sent your answers anywhere. You decide whether to share the result."),
            T::Print => ("Afdrukken of opslaan als pdf", "Print or save as PDF"),
            T::AnswersTitle => ("Al uw antwoorden", "All your answers"),
            T::ReportTitle => ("Rapport van de zelfscan datagestuurd werken en wendbaarheid", "Report of the self-scan on data-driven working and agility"),
            T::ReportCompleted => ("Ingevuld op", "Completed on"),
            T::ReportPrinted => ("Afgedrukt op", "Printed on"),
            T::ReportContentVersion => ("Versie van de stellingen", "Version of the statements"),
            T::ReportDateUnknown => ("niet bekend", "not known"),
            T::ReportSummaryTitle => ("Samenvatting", "Summary"),
            T::ReportNearest => (
                "Het archetype dat het dichtst bij uw antwoorden ligt: {name} ({band}).",
                "The archetype nearest to your answers: {name} ({band}).",
            ),
            T::ReportGapsTitle => ("De grootste verschillen tussen de huidige en de gewenste situatie", "The largest gaps between the current and the desired situation"),
            T::ReportInsightsTitle => ("Opvallende punten om te bespreken", "Points worth discussing"),
            T::ReportRunning => ("{title}, ingevuld op {date}", "{title}, completed on {date}"),
            T::ReportPageOf => ("pagina {page} van {pages}", "page {page} of {pages}"),
            T::FooterLabel => ("Bestand en toegankelijkheid", "File and accessibility"),
            T::AnswersFileTitle => ("Uw antwoorden als bestand", "Your answers as a file"),
            T::AnswersFileIntro => (
                "Bewaar uw antwoorden in een bestand. Dan kunt u bijvoorbeeld op een andere computer verdergaan. U kunt hier ook een bestand inlezen dat u eerder heeft bewaard. In het bestand staan ook uw eerdere scans en de codes in het teamoverzicht.",
                "Save your answers in a file. Then you can, for example, continue on another computer. You can also import a file here that you saved earlier. The file also holds your earlier scans and the codes in the team overview.",
            ),
            T::ChooseAnswersFile => ("Antwoordenbestand kiezen en inlezen", "Choose and import an answers file"),
            T::A11yLink => ("Toegankelijkheid", "Accessibility"),
            T::A11yTitle => ("Toegankelijkheidsverklaring van de zelfscan", "Accessibility statement of the self-scan"),
            T::A11yScope => (
                "Deze verklaring gaat alleen over de zelfscan zelf: de stappen met stellingen, de uitkomst en het afgedrukte rapport. De webpagina waarin de zelfscan staat, is van de organisatie die deze website beheert; daarvoor geldt haar eigen toegankelijkheidsverklaring.",
                "This statement covers the self-scan itself only: the steps with statements, the result and the printed report. The web page around the self-scan belongs to the organisation that runs this website; its own accessibility statement applies to that page.",
            ),
            T::A11yStatusTitle => ("Voldoet de zelfscan aan de eisen?", "Does the self-scan meet the requirements?"),
            T::A11yStatus => (
                "De zelfscan is gemaakt om te voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.2, niveau A en AA. WCAG 2.2 is de opvolger van WCAG 2.1, de versie waarnaar de Europese norm EN 301 549 verwijst. De makers hebben de zelfscan zelf onderzocht. Hij voldoet aan alle eisen die zij hebben onderzocht. Wat zij niet hebben onderzocht, staat hieronder bij 'Bekende beperkingen'. Er is nog geen onafhankelijk onderzoek gedaan. De organisatie die de zelfscan op haar website plaatst, kan deze gegevens gebruiken voor haar eigen verklaring.",
                "The self-scan is built to meet the Web Content Accessibility Guidelines (WCAG) 2.2, level A and AA. WCAG 2.2 succeeds WCAG 2.1, the version the European standard EN 301 549 refers to. The makers evaluated the self-scan themselves. It meets every requirement they evaluated. What they did not evaluate is listed below under 'Known limitations'. No independent evaluation has taken place yet. The organisation that puts the self-scan on its website can use this information for its own statement.",
            ),
            T::A11yTestedTitle => ("Hoe is dit onderzocht?", "How was this evaluated?"),
            T::A11yTestedAxe => (
                "Automatisch, met axe-core (de regels voor WCAG 2.0, 2.1 en 2.2, niveau A en AA), op elk scherm van de zelfscan: alle stappen, het overzicht, de uitkomst, de meldingen en deze verklaring.",
                "Automatically, with axe-core (the rules for WCAG 2.0, 2.1 and 2.2, level A and AA), on every screen of the self-scan: all steps, the summary, the result, the notices and this statement.",
            ),
            T::A11yTestedKeyboard => (
                "Met alleen het toetsenbord: de hele scan, van de eerste stap tot de uitkomst. U ziet steeds duidelijk waar u op de pagina bent (de focus). Niets op de pagina dekt de focus af.",
                "With the keyboard only: the whole scan, from the first step to the result. You can always clearly see where you are on the page (the focus). Nothing on the page covers the focus.",
            ),
            T::A11yTestedReflow => (
                "Bij een venster van 320 pixels breed, wat overeenkomt met 400% zoom: u hoeft nergens zijwaarts te scrollen.",
                "In a window 320 pixels wide, which equals 400% zoom: you never need to scroll sideways.",
            ),
            T::A11yTestedSpacing => (
                "Met vergrote regel-, alinea-, letter- en woordafstand: er valt geen tekst weg.",
                "With increased line, paragraph, letter and word spacing: no text is lost.",
            ),
            T::A11yTestedTargets => (
                "Alles waarop u kunt klikken, is op het scherm minstens 24 bij 24 pixels groot. U hoeft nergens te slepen, en u hoeft nooit iets opnieuw te typen.",
                "Everything you can click is at least 24 by 24 pixels on screen. You never need to drag, and you never have to type anything again.",
            ),
            T::A11yTestedMotion => (
                "Zet u bewegingen en animaties uit in de instellingen van uw computer of telefoon? Dan beweegt er niets in de zelfscan. Op een Mac of iPhone heet die instelling 'Verminder beweging'.",
                "Do you turn off motion and animations in the settings of your computer or phone? Then nothing moves in the self-scan. On a Mac or iPhone that setting is called 'Reduce motion'.",
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
                "De makers hebben alleen in Chromium gecontroleerd (de basis van Chrome en Edge): niet in Firefox of Safari, en niet op een echte telefoon of tablet.",
                "The makers checked only in Chromium (the basis of Chrome and Edge): not in Firefox or Safari, and not on a real phone or tablet.",
            ),
            T::A11yLimitPdf => (
                "Uw browser maakt het pdf-rapport als u afdrukt. Hoe toegankelijk dat bestand is, hangt af van de browser, bijvoorbeeld of koppen als koppen worden herkend. Alleen Chromium-browsers vanaf versie 131 drukken op elke pagina het paginanummer en de titel af.",
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
                "de organisatie van de website waarop u deze zelfscan gebruikt.",
                "the organisation of the website on which you use this self-scan.",
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
            T::Overview => (
                "De scan heeft {areas} aspectgebieden en {statements} stellingen. Bij elke stelling kiest u de beschrijving die het best past bij wat u in uw gemeente ziet.",
                "The scan has {areas} aspect areas and {statements} statements. For each statement you choose the description that best fits what you see in your municipality.",
            ),
            T::StartAgainConfirm => ("Als u opnieuw begint, wist de zelfscan uw huidige antwoorden uit deze browser. Uw eerdere scans en de codes in het teamoverzicht blijven bewaard. Wilt u opnieuw beginnen?", "If you start again, the self-scan clears your current answers from this browser. Your earlier scans and the codes in the team overview are kept. Do you want to start again?"),
            T::StartAgainYes => ("Ja, begin opnieuw", "Yes, start again"),
            T::CodeTitle => ("Uw uitkomstcode", "Your result code"),
            T::CodeIntro => (
                "Met deze code of link kan een ander uw uitkomst bekijken, bijvoorbeeld de begeleider van een teamsessie. Uw uitkomst zit in de code zelf: de zelfscan stuurt niets naar een server.",
                "With this code or link someone else can view your result, for example the facilitator of a team session. Your result is held in the code itself: the self-scan sends nothing to a server.",
            ),
            T::CodeLink => ("Link naar deze uitkomst", "Link to this result"),
            T::CodeUnavailable => (
                "De zelfscan kan voor deze versie van de stellingen geen uitkomstcode maken.",
                "The self-scan cannot make a result code for this version of the statements.",
            ),
            T::SendToAdviser => ("Bericht openen in mijn e-mailprogramma", "Open the message in my e-mail program"),
            T::SendToAdviserTitle => ("De uitkomst mailen naar de adviseur", "E-mail the result to the adviser"),
            T::MailPreview => (
                "Bericht aan de adviseur. U opent het in uw eigen e-mailprogramma. Daar kunt u het nog aanpassen, of besluiten het niet te versturen.",
                "Message to the adviser. It opens in your own e-mail program, where you can still change it or not send it.",
            ),
            T::MailSubject => ("Uitkomst van de zelfscan datagestuurd werken en wendbaarheid", "Result of the self-scan on data-driven working and agility"),
            T::MailBody => (
                "Mijn uitkomstcode: {code}\nDe uitkomst bekijken: {link}\n\nScores per aspectgebied (0 tot 100):\n{scores}",
                "My result code: {code}\nView the result: {link}\n\nScores per aspect area (0 to 100):\n{scores}",
            ),
            T::SharedTitle => ("Een gedeelde uitkomst (alleen bekijken)", "A shared result (read-only)"),
            T::SharedIntro => ("U bekijkt een uitkomst die iemand met u heeft gedeeld. Deze browser bewaart er niets van, tenzij u daar zelf voor kiest.", "You are viewing a result someone shared with you. This browser keeps nothing of it unless you choose so."),
            T::MakeMine => ("Deze antwoorden overnemen in mijn eigen scan", "Use these answers as my own scan"),
            T::MakeMineConfirm => ("Dit vervangt de antwoorden die u zelf in deze browser heeft ingevuld. Download ze eerst als u ze wilt bewaren. Wilt u ze vervangen?", "This replaces the answers you entered yourself in this browser. Download them first if you want to keep them. Do you want to replace them?"),
            T::MakeMineYes => ("Ja, vervang mijn antwoorden", "Yes, replace my answers"),
            T::OwnScan => ("Naar mijn eigen scan", "Go to my own scan"),
            T::BadCodeTitle => ("Deze uitkomst is niet te lezen", "This result cannot be read"),
            T::ErrNotACode => ("Dit is geen uitkomstcode.", "This is not a result code."),
            T::ErrMistyped => (
                "De code bevat een typfout. Controleer elk teken, of vraag de afzender om de link opnieuw te sturen.",
                "The code has a typing error. Check every character, or ask the sender to send the link again.",
            ),
            T::ErrTruncated => ("De code is onvolledig: er ontbreken tekens aan het eind.", "The code is incomplete: characters are missing at the end."),
            T::ErrUnknownVersion => (
                "De code hoort bij een nieuwere versie van de stellingen (versie {v}). Deze zelfscan kent die versie nog niet en kan de code daarom niet lezen.",
                "The code belongs to a newer version of the statements (version {v}). This self-scan does not know that version yet, so it cannot read the code.",
            ),
            T::GoneNotice => (
                "Er horen {n} antwoorden bij stellingen die niet meer in de scan staan. Die antwoorden tellen niet mee.",
                "{n} answers belong to statements the scan no longer has. These answers do not count.",
            ),
            T::GoneNoticeOne => (
                "Er hoort 1 antwoord bij een stelling die niet meer in de scan staat. Dat antwoord telt niet mee.",
                "1 answer belongs to a statement the scan no longer has. This answer does not count.",
            ),
            T::CsvDownload => ("Scores en antwoorden downloaden (csv-bestand voor Excel)", "Download scores and answers (CSV for Excel)"),
            T::CsvFileName => ("zelfscan-uitkomst.csv", "zelfscan-result.csv"),
            T::CsvKind => ("Soort", "Kind"),
            T::CsvId => ("Id", "Id"),
            T::CsvText => ("Tekst", "Text"),
            T::CsvStatement => ("Stelling", "Statement"),
            T::CsvAnswer => ("Antwoord", "Answer"),
            T::CsvNextStep => ("Volgende stap", "Next step"),
            T::TeamOpen => ("Teamoverzicht voor de begeleider", "Team overview for the facilitator"),
            T::ColCount => ("Aantal", "Count"),
            T::ColMean => ("Gemiddelde", "Mean"),
            T::ColMin => ("Laagste", "Lowest"),
            T::ColMax => ("Hoogste", "Highest"),
            T::ColSpread => ("Spreiding", "Spread"),
            T::ColDesiredMean => ("Gemiddeld gewenst niveau", "Mean desired level"),
            T::ColDesiredRange => ("Gewenst niveau, van laagste tot hoogste", "Desired level, lowest to highest"),
            T::HistoryOpen => ("Vergelijken met een eerdere scan", "Compare with an earlier scan"),
            T::ScanChanged => (
                "De stellingen van de zelfscan zijn veranderd sinds uw vorige bezoek. Een deel van uw eerdere antwoorden hoort bij stellingen die niet meer bestaan. De zelfscan bewaart die antwoorden, maar ze tellen niet meer mee. Controleer uw antwoorden bij deze aspectgebieden:",
                "The statements of the self-scan have changed since your last visit. Some of your earlier answers belong to statements that no longer exist. The self-scan keeps those answers, but they no longer count. Please check your answers in these aspect areas:",
            ),
            T::ScanChangedOne => (
                "De stellingen van de zelfscan zijn veranderd sinds uw vorige bezoek. Een deel van uw eerdere antwoorden hoort bij stellingen die niet meer bestaan. De zelfscan bewaart die antwoorden, maar ze tellen niet meer mee. Controleer uw antwoorden bij dit aspectgebied:",
                "The statements of the self-scan have changed since your last visit. Some of your earlier answers belong to statements that no longer exist. The self-scan keeps those answers, but they no longer count. Please check your answers in this aspect area:",
            ),
            T::OrientationTitle => ("Waar ligt bij u de nadruk?", "Where does your emphasis lie?"),
            T::OrientationHint => (
                "Deze vragen hebben geen goed of fout antwoord en tellen niet mee in de score. Ze helpen bepalen op welk archetype uw gemeente lijkt.",
                "These questions have no right or wrong answer and do not count towards the score. They help determine which archetype your municipality resembles.",
            ),
            T::BandStrong => ("Uw antwoorden lijken sterk op dit archetype.", "Your answers strongly resemble this archetype."),
            T::BandSome => ("Uw antwoorden lijken enigszins op dit archetype.", "Your answers somewhat resemble this archetype."),
            T::BandWeak => (
                "Uw antwoorden lijken niet sterk op een van de archetypen. Dit archetype komt het dichtst in de buurt.",
                "Your answers do not closely resemble any archetype. This one comes nearest.",
            ),
            T::OtherArchetypeItem => ("{name}: {band} ({pct}%)", "{name}: {band} ({pct}%)"),
            T::BandShortStrong => ("sterke gelijkenis", "strong resemblance"),
            T::BandShortSome => ("enige gelijkenis", "some resemblance"),
            T::BandShortWeak => ("weinig gelijkenis", "little resemblance"),
            T::NextStepsTitle => ("Concrete volgende stappen", "Concrete next steps"),
            T::NextStepFrom => ("Nu", "Now"),
            T::NextStepTo => ("Doel", "Goal"),
            T::NextStepAction => ("Wat u kunt doen", "What you can do"),
            T::WhatCounts => ("Wat telt mee", "What counts"),
            T::TraitsIntro => ("Uw antwoorden hebben kenmerken van:", "Your answers show traits of:"),
            T::GuidingTitle => ("5 vragen om mee te beginnen", "5 questions to start with"),
            T::GuidingIntro => (
                "Deze scan gaat uit van een artikel met 5 vragen voor gemeenten die beginnen met datagestuurd werken. Per vraag ziet u wat uw antwoorden erover zeggen. U ziet ook een vraag om in het managementteam te bespreken.",
                "This scan builds on an article with 5 questions for municipalities that start with data-driven working. For each question you see what your answers say about it. You also see a question to discuss in the management team.",
            ),
            T::GuidingNotAnswered => (
                "Bij de stellingen over deze vraag heeft u geen beschrijving gekozen.",
                "For the statements on this question you did not choose a description.",
            ),
            T::GuidingWeakest => ("Zwakste punt", "Weakest point"),
            T::GuidingDiscuss => ("Om te bespreken", "To discuss"),
            T::GuidingDomains => ("Gekozen vakdomeinen", "Domains chosen"),
            T::NoNextSteps => (
                "Er is hier geen volgende stap. Bij elke stelling in dit aspectgebied heeft u het hoogste niveau gekozen, of u heeft geen beschrijving gekozen.",
                "There is no next step here. For every statement in this aspect area you chose the highest level, or you chose no description.",
            ),
            T::ContactLink => ("Contactpagina van de adviseur", "The adviser's contact page"),
            T::AmbitionTitle => ("Uw ambitie per aspectgebied", "Your ambition per aspect area"),
            T::AmbitionIntro => ("Kies per aspectgebied het niveau dat uw gemeente over 2 tot 3 jaar wil bereiken. De uitkomst laat dan zien waar het verschil tussen nu en die ambitie het grootst is. De volgende stappen beginnen bij de aspectgebieden met het grootste verschil. Deze stap is niet verplicht.", "For each aspect area, choose the level your municipality wants to reach in 2 to 3 years. The result then shows where the gap between now and that ambition is largest. The next steps start with the aspect areas with the largest gap. This step is optional."),
            T::AmbitionLegend => ("{area}: welk niveau wilt u bereiken?", "{area}: which level do you want to reach?"),
            T::AmbitionNow => ("Nu: niveau {level} van 5", "Now: level {level} of 5"),
            T::AmbitionNowNone => ("Nu: nog geen niveau (geen beschrijving gekozen)", "Now: no level yet (no description chosen)"),
            T::AmbitionLevel => ("Niveau {level}", "Level {level}"),
            T::AmbitionCurrentMark => ("(nu)", "(now)"),
            T::AmbitionClear => ("Keuze wissen bij {area}", "Clear the choice for {area}"),
            T::AmbitionChosen => ("Ambitie gekozen: {k} van {n} aspectgebieden", "Ambition chosen: {k} of {n} aspect areas"),
            T::AmbitionSkip => ("Overslaan", "Skip"),
            T::AmbitionInvite => ("U heeft nog geen ambitie gekozen. Kies per aspectgebied welk niveau u over 2 tot 3 jaar wilt bereiken; dan ziet u hier waar het verschil het grootst is.", "You have not chosen an ambition yet. Choose for each aspect area which level you want to reach in 2 to 3 years; you will then see here where the gap is largest."),
            T::AmbitionSet => ("Ambitie kiezen", "Choose an ambition"),
            T::PartLabel => ("Aspectgebied {k} van {n}: {name}", "Aspect area {k} of {n}: {name}"),
            T::PartProgress => ("Voortgang: aspectgebied {k} van {n}", "Progress: aspect area {k} of {n}"),
            T::HeadlineStanding => ("Gemiddeld staat uw gemeente op niveau {level} van 5. Dit gemiddelde gaat over {k} van de {n} aspectgebieden.", "On average your municipality is at level {level} of 5. This average covers {k} of the {n} aspect areas."),
            T::HeadlineRange => ("De aspectgebieden lopen uiteen van niveau {low} tot {high}.", "The aspect areas range from level {low} to {high}."),
            T::HeadlineSame => ("Elk aspectgebied met een score staat op dat niveau.", "Every aspect area with a score is at that level."),
            T::HeadlineNone => ("U heeft nog geen stelling met een beschrijving beantwoord, dus er is nog geen uitkomst. Ga terug en kies bij de stellingen de beschrijving die past.", "You have not answered any statement with a description yet, so there is no result. Go back and choose the description that fits for the statements."),
            T::Strongest => ("Het sterkst", "Strongest"),
            T::Weakest => ("Het zwakst", "Weakest"),
            T::AreaAtLevel => ("{area} (niveau {level})", "{area} (level {level})"),
            T::TopStepsTitle => ("Hier kunt u beginnen", "Where you can start"),
            T::TopStepArea => ("{area}:", "{area}:"),
            T::TalkToAdviser => ("Bespreek de uitkomst met een adviseur", "Discuss the result with an adviser"),
            T::ContactNeutral => ("Wilt u de uitkomst bespreken? Neem dan contact op met de organisatie die u deze zelfscan aanbood.", "Would you like to discuss the result? Then contact the organisation that offered you this self-scan."),
            T::ExportsTitle => ("Bewaren, delen en afdrukken", "Keep, share and print"),
            T::DomainsWhy => (
                "Wat u hier kiest, ziet u terug in de uitkomst: bij '5 vragen om mee te beginnen' en bij 'Opvallende punten om te bespreken'. Ook 1 stelling over de visie gaat over deze vakdomeinen; de andere stellingen gaan over de hele gemeente. Hoe ver uw gemeente is in een vakdomein, telt niet mee in de scores.",
                "What you choose here comes back in the result: under '5 questions to start with' and under 'Points worth discussing'. 1 statement on the vision is about these domains too; the other statements are about the whole municipality. How far your municipality is in a domain does not count in the scores.",
            ),
            T::DomainsSkip => ("Overslaan", "Skip"),
            T::PrivacySummary => ("Privacy: uw antwoorden blijven in deze browser", "Privacy: your answers stay in this browser"),
            T::ReturnWithFile => ("Verdergaan met een bewaard antwoordenbestand", "Continue with a saved answers file"),
            T::OptionsTemplate => ("Elke keuze maakt deze zin af:", "Each choice completes this sentence:"),
            // Shown before the widget runs, so they also live as static text in index.html, the
            // README's mount snippet and embed.js; a test keeps those copies equal to these.
            T::BootLoading => (
                "De zelfscan wordt geladen. Blijft deze melding staan, laad de pagina dan opnieuw.",
                "The self-scan is loading. If this message stays, reload the page.",
            ),
            T::BootFailed => (
                "De zelfscan kon niet worden geladen. Laad de pagina opnieuw of probeer het later nog eens. Lukt het dan nog niet, gebruik dan een recente versie van Edge, Chrome, Firefox of Safari, of neem contact op met de beheerder van deze website.",
                "The self-scan could not be loaded. Reload the page or try again later. If that does not help, use a recent version of Edge, Chrome, Firefox or Safari, or contact the administrator of this website.",
            ),
        }
    }
}

/// A UI string that only the facilitator's workbench shows (the team overview, the history and
/// the comparison): a table of its own, so that the respondent's widget, whose wasm never
/// reaches these strings, does not carry them. [`T`] holds every string the widget shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum W {
    TeamCsvFileName,
    TeamTitle,
    TeamIntro,
    TeamAddLegend,
    TeamCodesLabel,
    TeamRoleLabel,
    TeamAdd,
    TeamAdded,
    TeamAddedOne,
    TeamLine,
    TeamDuplicate,
    TeamMembers,
    TeamPerson,
    TeamRemove,
    TeamFew,
    TeamEmpty,
    TeamAreasCaption,
    ColRange,
    TeamRangeOf,
    TeamCountOption,
    TeamScoresTitle,
    TeamManage,
    TeamChartTitle,
    TeamArchetypes,
    TeamArchetypeCount,
    TeamDomains,
    TeamDisagreement,
    TeamNoDisagreement,
    TeamWeakest,
    TeamBack,
    HistoryTitle,
    HistoryIntro,
    HistoryLegend,
    HistoryEmpty,
    HistoryScan,
    HistoryDelete,
    HistoryDeleteConfirm,
    HistoryDeleteYes,
    HistoryDeleteNo,
    HistoryDeleted,
    HistoryCompare,
    HistoryChooseTwo,
    OtherLegend,
    OtherCodeLabel,
    OtherCompare,
    OtherFile,
    OtherFileFailed,
    OtherScan,
    CurrentScan,
    CompareSwap,
    CompareTitle,
    CompareCaption,
    CompareChartDesc,
    ColChange,
    ColDomain,
    ColDesiredIn,
    CompareDomains,
    NotChosen,
    CompareGone,
    CompareGoneOne,
    HistoryBack,
    NoScoreEarlierVersion,
    TeamEarlierVersion,
    TeamEarlierVersionOne,
    TeamMemberEarlierVersion,
}

impl W {
    /// The string for a count of `n`, as [`T::count`].
    pub fn count(n: usize, one: W, many: W) -> W {
        singular_or_plural(n, one, many)
    }

    /// The text in the given language.
    pub fn get(self, lang: Lang) -> &'static str {
        in_language(self.both(), lang)
    }

    // The workbench's string table, like `T::both`.
    #[allow(clippy::too_many_lines)]
    fn both(self) -> (&'static str, &'static str) {
        match self {
            W::TeamCsvFileName => ("zelfscan-team.csv", "zelfscan-team.csv"),
            W::TeamTitle => ("Teamoverzicht", "Team overview"),
            W::TeamIntro => (
                "Verzamel de uitkomstcodes van uw collega's en bespreek samen waar uw antwoorden verschillen. Alles blijft in deze browser.",
                "Collect your colleagues' result codes and discuss together where your answers differ. Everything stays in this browser.",
            ),
            W::TeamAddLegend => ("Codes toevoegen", "Add codes"),
            W::TeamCodesLabel => ("Uitkomstcodes of links, 1 per regel", "Result codes or links, one per line"),
            W::TeamRoleLabel => ("Rol (niet verplicht; vul geen naam in)", "Role (optional; do not enter a name)"),
            W::TeamAdd => ("Toevoegen", "Add"),
            W::TeamAdded => ("{n} codes toegevoegd.", "{n} codes added."),
            W::TeamAddedOne => ("1 code toegevoegd.", "1 code added."),
            W::TeamLine => ("Regel {line}: {reason}", "Line {line}: {reason}"),
            W::TeamDuplicate => ("Deze code staat al in het teamoverzicht.", "This code is already in the team overview."),
            W::TeamMembers => ("Codes in het teamoverzicht", "Codes in the team overview"),
            W::TeamPerson => ("Deelnemer {n}", "Participant {n}"),
            W::TeamRemove => ("Verwijder deelnemer {n}", "Remove participant {n}"),
            W::TeamFew => ("Let op: bij minder dan 3 codes kunt u in het teamoverzicht zien wat afzonderlijke deelnemers hebben geantwoord.", "Note: with fewer than 3 codes, the team overview shows what individual participants answered."),
            W::TeamEmpty => ("Voeg codes toe om het teamoverzicht te zien.", "Add codes to see the team overview."),
            W::TeamAreasCaption => ("Scores van het team per aspectgebied (0 tot 100) en gewenst niveau (1 tot 5). Spreiding: hoe ver de scores uit elkaar liggen, in punten (de standaardafwijking).", "The team's scores per aspect area (0 to 100) and desired level (1 to 5). Spread: how far apart the scores are, in points (the standard deviation)."),
            W::ColRange => ("Laagste tot hoogste", "Lowest to highest"),
            W::TeamRangeOf => ("Antwoorden van beschrijving {min} tot beschrijving {max}", "Answers from description {min} to description {max}"),
            W::TeamCountOption => ("{n} × beschrijving {k}: {text}", "{n} × description {k}: {text}"),
            W::TeamScoresTitle => ("Scores van het team per aspectgebied", "The team's scores per aspect area"),
            W::TeamManage => ("Codes toevoegen of verwijderen ({n})", "Add or remove codes ({n})"),
            W::TeamChartTitle => (
                "Scores per deelnemer, van 0 tot 100. Elk genummerd rondje is een deelnemer; de nummers staan onder de grafiek. De balk loopt van de laagste tot de hoogste score. Het streepje is het gemiddelde. Dezelfde cijfers staan in de tabel.",
                "Scores per participant, from 0 to 100. Each numbered disc is a participant; the numbers are listed under the chart. The bar runs from the lowest to the highest score. The tick is the mean. The table holds the same numbers.",
            ),
            W::TeamArchetypes => (
                "Aantal deelnemers per archetype (het archetype dat het meest op hun antwoorden lijkt)",
                "Number of participants per archetype (the archetype that most resembles their answers)",
            ),
            W::TeamArchetypeCount => ("{name}: {n}", "{name}: {n}"),
            W::TeamDomains => ("Vakdomeinen en hun fase", "Professional domains and their stage"),
            W::TeamDisagreement => ("Waar het team het meest van mening verschilt", "Where the team disagrees most"),
            W::TeamNoDisagreement => ("Het team is het over elke stelling eens, of heeft te weinig antwoorden.", "The team agrees on every statement, or has too few answers."),
            W::TeamWeakest => ("Advies voor de zwakste aspectgebieden van het team", "Advice for the team's weakest aspect areas"),
            W::TeamBack => ("Terug naar de scan", "Back to the scan"),
            W::HistoryTitle => ("Uw scans vergelijken", "Compare your scans"),
            W::HistoryIntro => (
                "Elke keer dat u de uitkomst bekijkt, bewaart de zelfscan uw scan met de datum in deze browser. Bekijkt u op dezelfde dag nog een keer de uitkomst? Dan vervangt de nieuwe scan de scan van eerder die dag. Kies 2 scans om te vergelijken, of vergelijk uw huidige scan met een scan van een ander apparaat.",
                "Each time you view the result, the self-scan keeps your scan with its date in this browser. Do you view the result again on the same day? Then the new scan replaces the scan from earlier that day. Choose 2 scans to compare, or compare your current scan with a scan from another device.",
            ),
            W::HistoryLegend => ("Afgeronde scans in deze browser", "Completed scans in this browser"),
            W::HistoryEmpty => ("Er staat nog geen afgeronde scan in deze browser.", "There is no completed scan in this browser yet."),
            W::HistoryScan => ("Scan van {when}", "Scan from {when}"),
            W::HistoryDelete => ("Verwijderen", "Delete"),
            W::HistoryDeleteConfirm => ("De scan van {when} verwijderen? Dit kunt u niet ongedaan maken.", "Delete the scan from {when}? This cannot be undone."),
            W::HistoryDeleteYes => ("Ja, verwijderen", "Yes, delete"),
            W::HistoryDeleteNo => ("Nee, bewaren", "No, keep it"),
            W::HistoryDeleted => ("De scan van {when} is verwijderd.", "The scan from {when} has been deleted."),
            W::HistoryCompare => ("Vergelijk de gekozen scans", "Compare the chosen scans"),
            W::HistoryChooseTwo => ("Kies precies 2 scans om te vergelijken.", "Choose exactly 2 scans to compare."),
            W::OtherLegend => ("Vergelijken met een scan van een ander apparaat", "Compare with a scan from another device"),
            W::OtherCodeLabel => ("Uitkomstcode of link", "Result code or link"),
            W::OtherCompare => ("Vergelijk met deze code", "Compare with this code"),
            W::OtherFile => ("Antwoordenbestand kiezen en vergelijken", "Choose an answers file and compare"),
            W::OtherFileFailed => ("Dit bestand is geen leesbaar antwoordenbestand.", "This file is not a readable answers file."),
            W::OtherScan => ("Andere scan", "Other scan"),
            W::CurrentScan => ("Huidige scan", "Current scan"),
            W::CompareSwap => ("Volgorde omdraaien", "Swap the order"),
            W::CompareTitle => ("Verandering per aspectgebied (eerst: {before}, daarna: {after})", "Change per aspect area (first: {before}, then: {after})"),
            W::CompareCaption => ("Score per aspectgebied (0 tot 100) in beide scans, de verandering en het gewenste niveau (1 tot 5)", "Score per aspect area (0 to 100) in both scans, the change and the desired level (1 to 5)"),
            W::CompareChartDesc => (
                "Per aspectgebied staan 2 rondjes. Het open rondje is de score van de eerste scan ({before}). Het dichte rondje is de score van de tweede scan ({after}). Dezelfde cijfers staan in de tabel.",
                "Per aspect area there are 2 circles. The open circle is the score of the first scan ({before}). The filled circle is the score of the second scan ({after}). The table holds the same numbers.",
            ),
            W::ColChange => ("Verandering", "Change"),
            W::ColDomain => ("Vakdomein", "Professional domain"),
            W::ColDesiredIn => ("Gewenst niveau, {scan}", "Desired level, {scan}"),
            W::CompareDomains => ("Vakdomeinen: de fase in beide scans", "Professional domains: the stage in both scans"),
            W::NotChosen => ("niet gekozen", "not chosen"),
            W::CompareGone => (
                "{scan}: deze scan gebruikt een eerdere versie van de stellingen. Er horen {n} antwoorden bij stellingen die niet meer in de scan staan. Die antwoorden tellen niet mee. Daardoor heeft een aspectgebied misschien geen score. De vakdomeinen en de gewenste niveaus kunt u wel vergelijken.",
                "{scan}: this scan uses an earlier version of the statements. {n} answers belong to statements the scan no longer has. Those answers do not count, so an aspect area may have no score. You can still compare the domains and the desired levels.",
            ),
            W::CompareGoneOne => (
                "{scan}: deze scan gebruikt een eerdere versie van de stellingen. Er hoort 1 antwoord bij een stelling die niet meer in de scan staat. Dat antwoord telt niet mee. Daardoor heeft een aspectgebied misschien geen score. De vakdomeinen en de gewenste niveaus kunt u wel vergelijken.",
                "{scan}: this scan uses an earlier version of the statements. 1 answer belongs to a statement the scan no longer has. That answer does not count, so an aspect area may have no score. You can still compare the domains and the desired levels.",
            ),
            W::HistoryBack => ("Terug naar de uitkomst", "Back to the result"),
            W::NoScoreEarlierVersion => ("geen score: eerdere versie van de stellingen", "no score: earlier version of the statements"),
            W::TeamEarlierVersion => (
                "Er zijn {n} deelnemers die de scan hebben ingevuld met een eerdere versie van de stellingen. Hun antwoorden op stellingen die niet meer in de scan staan, tellen niet mee in de scores. Hun vakdomeinen en gewenste niveaus tellen wel mee.",
                "{n} participants filled in the scan with an earlier version of the statements. Their answers to statements the scan no longer has do not count in the scores. Their domains and desired levels do count.",
            ),
            W::TeamEarlierVersionOne => (
                "Er is 1 deelnemer die de scan heeft ingevuld met een eerdere versie van de stellingen. De antwoorden van deze deelnemer op stellingen die niet meer in de scan staan, tellen niet mee in de scores. De vakdomeinen en gewenste niveaus van deze deelnemer tellen wel mee.",
                "1 participant filled in the scan with an earlier version of the statements. This participant's answers to statements the scan no longer has do not count in the scores. This participant's domains and desired levels do count.",
            ),
            W::TeamMemberEarlierVersion => ("(ingevuld met een eerdere versie van de stellingen: versie {v})", "(filled in with an earlier version of the statements: version {v})"),
        }
    }
}

/// `one` for a count of 1, `many` otherwise.
fn singular_or_plural<K>(n: usize, one: K, many: K) -> K {
    if n == 1 {
        one
    } else {
        many
    }
}

/// The Dutch or the English of a table's pair.
fn in_language((nl, en): (&'static str, &'static str), lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// A UI string of either table, in a language: what `Ctx::t` and `Ctx::tx` take.
pub trait UiText: Copy + Send + Sync + 'static {
    fn text(self, lang: Lang) -> &'static str;
}

impl UiText for T {
    fn text(self, lang: Lang) -> &'static str {
        self.get(lang)
    }
}

impl UiText for W {
    fn text(self, lang: Lang) -> &'static str {
        self.get(lang)
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
        let cases = [
            (Lang::Nl, "Voortgang: aspectgebied 2 van 9"),
            (Lang::En, "Progress: aspect area 2 of 9"),
        ];
        for (lang, expected) in cases {
            assert_eq!(
                fill(T::PartProgress.get(lang), &[("k", 2), ("n", 9)]),
                expected
            );
        }
    }
}
