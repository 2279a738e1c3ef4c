#include "Dialogs.h"
#include "ExampleWindow.h"
#include "ImportResultsDialog.h"
#include "InputFields.h"
#include "ManualWindow.h"
#include "NewCampaignDialog.h"
#include "Period.h"
#include "TestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextTable>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

/// What a chapter refers to and offers: its links, its pictures and its anchors.
struct ChapterParts
{
    QStringList links;
    QStringList pictures;
    QSet<QString> anchors;
};

ChapterParts partsOf(const QTextDocument *document)
{
    ChapterParts parts;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            for (const QString &name : format.anchorNames())
                parts.anchors.insert(name);
            if (format.isAnchor() && !format.anchorHref().isEmpty()
                && !parts.links.contains(format.anchorHref()))
                parts.links.append(format.anchorHref());
            if (format.isImageFormat())
                parts.pictures.append(format.toImageFormat().name());
        }
    }
    return parts;
}

/// A chapter of the manual in a language, read as the manual window reads it.
std::unique_ptr<QTextDocument> chapterDocument(const QString &language, const QString &chapter)
{
    auto document = std::make_unique<QTextDocument>();
    QFile file(u":/manual/%1/%2"_s.arg(language, chapter));
    if (file.open(QIODevice::ReadOnly))
        document->setHtml(QString::fromUtf8(file.readAll()));
    return document;
}

/// The text of a table cell, its lines apart.
QStringList cellLines(QTextTable *table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    QStringList lines = cursor.selectedText().split(QChar::LineSeparator);
    for (QString &line : lines)
        line = line.trimmed();
    return lines;
}

} // namespace

/// The manual (Help → Manual, F1): it opens from the window at the chapter of the page in
/// view, in the language in use, follows a switch of language, every chapter opens, every
/// link and picture leads somewhere, both languages hold the same chapters, and what it
/// says of deadline phrases is what danvan reads.
class TestManual : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void f1OpensTheManualAtThePageInView();
    void followsALanguageSwitch();
    void everyChapterOpens_data();
    void everyChapterOpens();
    void everyLinkAndPictureLeadsSomewhere_data();
    void everyLinkAndPictureLeadsSomewhere();
    void bothLanguagesHaveTheSameChapters();
    void deadlinePhrasesAreReadAsTheManualSays_data();
    void deadlinePhrasesAreReadAsTheManualSays();
    void findsWordsWithoutAccents();
    /// Not a check: docs/make-screenshots.sh takes the manual's pictures here, from the real
    /// window in each language, when DANVAN_MANUAL_PICTURES names the folder to write to.
    void pictures();

private:
    ManualWindow *pressF1();
    void switchTo(Translations::Language language);

    ExampleWindow m_example;
};

void TestManual::initTestCase()
{
    ExampleWindow::forgetSettings();
}

void TestManual::init()
{
    // The checks of the manual's files alone need no window.
    const QByteArray function = QTest::currentTestFunction();
    if (function != "pictures" && function != "bothLanguagesHaveTheSameChapters"
        && function != "deadlinePhrasesAreReadAsTheManualSays")
        QVERIFY(m_example.open(Translations::Language::Vietnamese, QDate(2020, 6, 22)));
}

void TestManual::cleanup()
{
    m_example.close();
    Translations::install(Translations::Language::Vietnamese);
}

ManualWindow *TestManual::pressF1()
{
    // The main window takes the key, as the one the clerk works in.
    QApplication::setActiveWindow(m_example.window());
    QTest::keyClick(m_example.window(), Qt::Key_F1);
    auto *manual = m_example.window()->findChild<ManualWindow *>(u"manualWindow"_s);
    if (!manual || !manual->isVisible())
        qWarning("F1 did not open the manual");
    return manual;
}

void TestManual::switchTo(Translations::Language language)
{
    const char *action =
        language == Translations::Language::English ? "englishAction" : "vietnameseAction";
    m_example.window()->findChild<QAction *>(QString::fromLatin1(action))->trigger();
    const QString file = language == Translations::Language::English ? u"&File"_s : u"&Tệp"_s;
    QTRY_COMPARE(m_example.window()->menuBar()->actions().constFirst()->text(), file);
}

void TestManual::f1OpensTheManualAtThePageInView()
{
    // In the Help menu, with its own Alt-letter beside “Giới thiệu danvan”.
    auto *action = m_example.window()->findChild<QAction *>(u"manualAction"_s);
    QVERIFY(action);
    QCOMPARE(action->text(), u"&Hướng dẫn sử dụng"_s);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    QMenu *help = m_example.window()->menuBar()->actions().constLast()->menu();
    QVERIFY(help->actions().contains(action));
    QSet<QKeySequence> letters;
    for (const QAction *item : help->actions()) {
        const QKeySequence letter = QKeySequence::mnemonic(item->text());
        QVERIFY2(!letters.contains(letter), qPrintable(item->text()));
        letters.insert(letter);
    }

    ManualWindow *manual = pressF1();
    QVERIFY(manual);
    auto *browser = manual->findChild<QTextBrowser *>(u"manualBrowser"_s);
    QCOMPARE(browser->source(), QUrl(u"qrc:/manual/vi/schedule.html"_s));
    QCOMPARE(browser->documentTitle(), u"Trang “Lịch tổ chức”"_s);
    QVERIFY(browser->toPlainText().contains(u"Chỉ đơn vị điểm"_s));

    // Another page, another chapter, in the same window.
    manual->close();
    QVERIFY(m_example.window()->showPage(u"overview"_s));
    QCOMPARE(pressF1(), manual);
    QCOMPARE(manual->currentChapter(), u"overview.html"_s);
    QCOMPARE(m_example.window()->findChildren<ManualWindow *>().size(), 1);
}

void TestManual::followsALanguageSwitch()
{
    ManualWindow *manual = pressF1();
    QVERIFY(manual);
    auto *browser = manual->findChild<QTextBrowser *>(u"manualBrowser"_s);
    auto *contents = manual->findChild<QListWidget *>(u"manualContents"_s);
    manual->showChapter(u"deadlines.html#examples"_s);
    QCOMPARE(contents->currentItem()->text(), u"Cách ghi thời hạn"_s);
    QCOMPARE(contents->item(0)->text(), u"Bắt đầu"_s);

    switchTo(Translations::Language::English);
    QTRY_COMPARE(browser->source(), QUrl(u"qrc:/manual/en/deadlines.html#examples"_s));
    QCOMPARE(browser->documentTitle(), u"Writing deadlines"_s);
    QCOMPARE(contents->item(0)->text(), u"Getting started"_s);
    QCOMPARE(contents->currentItem()->text(), u"Writing deadlines"_s);
    QVERIFY(!browser->isBackwardAvailable());

    switchTo(Translations::Language::Vietnamese);
    QTRY_COMPARE(browser->source(), QUrl(u"qrc:/manual/vi/deadlines.html#examples"_s));
    QCOMPARE(contents->item(0)->text(), u"Bắt đầu"_s);
}

void TestManual::everyChapterOpens_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("vi") << u"vi"_s;
    QTest::newRow("en") << u"en"_s;
}

void TestManual::everyChapterOpens()
{
    QFETCH(QString, language);
    if (language == "en"_L1)
        switchTo(Translations::Language::English);
    ManualWindow *manual = pressF1();
    QVERIFY(manual);
    auto *browser = manual->findChild<QTextBrowser *>(u"manualBrowser"_s);
    auto *contents = manual->findChild<QListWidget *>(u"manualContents"_s);
    QCOMPARE(contents->count(), ManualWindow::chapters().size());
    // Each line of the contents opens its chapter, titled as the line is, and back goes to the
    // one read before.
    for (int row = 0; row < contents->count(); ++row) {
        const QString chapter = ManualWindow::chapters().at(row);
        contents->setCurrentRow(row);
        QCOMPARE(browser->source(), QUrl(u"qrc:/manual/%1/%2"_s.arg(language, chapter)));
        QCOMPARE(browser->documentTitle(), contents->item(row)->text());
        QVERIFY2(browser->toPlainText().size() > 300, qPrintable(chapter));
        QVERIFY2(browser->toPlainText().startsWith(browser->documentTitle()), qPrintable(chapter));
    }
    auto *back = manual->findChild<QToolButton *>(u"manualBack"_s);
    QVERIFY(back->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(manual->currentChapter(), ManualWindow::chapters().at(contents->count() - 2));
    QCOMPARE(contents->currentRow(), contents->count() - 2);
}

void TestManual::everyLinkAndPictureLeadsSomewhere_data()
{
    everyChapterOpens_data();
}

void TestManual::everyLinkAndPictureLeadsSomewhere()
{
    QFETCH(QString, language);
    int links = 0;
    int pictures = 0;
    for (const QString &chapter : ManualWindow::chapters()) {
        const QUrl source(u"qrc:/manual/%1/%2"_s.arg(language, chapter));
        const auto document = chapterDocument(language, chapter);
        QVERIFY2(!document->isEmpty(), qPrintable(source.toString()));
        const ChapterParts parts = partsOf(document.get());
        for (const QString &link : parts.links) {
            const QUrl target = source.resolved(QUrl(link));
            const QString where = u"%1: %2"_s.arg(source.toString(), link);
            QCOMPARE(target.scheme(), u"qrc"_s);
            QVERIFY2(target.path().startsWith(u"/manual/%1/"_s.arg(language)), qPrintable(where));
            QVERIFY2(ManualWindow::chapters().contains(target.fileName()), qPrintable(where));
            if (target.hasFragment()) {
                const auto linked = chapterDocument(language, target.fileName());
                QVERIFY2(partsOf(linked.get()).anchors.contains(target.fragment()),
                         qPrintable(where));
            }
            ++links;
        }
        for (const QString &picture : parts.pictures) {
            const QUrl target = source.resolved(QUrl(picture));
            const QString where = u"%1: %2"_s.arg(source.toString(), picture);
            QVERIFY2(target.path().startsWith(u"/manual/images/%1/"_s.arg(language)),
                     qPrintable(where));
            const QImage image(u':' + target.path());
            QVERIFY2(!image.isNull(), qPrintable(where));
            QVERIFY2(image.width() >= 300, qPrintable(where));
            ++pictures;
        }
    }
    QVERIFY(links > 20);
    QVERIFY(pictures >= 5);

    // And the window shows them: no broken picture in a chapter it renders.
    if (language == "en"_L1)
        switchTo(Translations::Language::English);
    ManualWindow *manual = pressF1();
    QVERIFY(manual);
    auto *browser = manual->findChild<QTextBrowser *>(u"manualBrowser"_s);
    for (const QString &chapter : ManualWindow::chapters()) {
        manual->showChapter(chapter);
        for (const QString &picture : partsOf(browser->document()).pictures) {
            const QVariant image = browser->document()->resource(
                QTextDocument::ImageResource, browser->source().resolved(QUrl(picture)));
            QVERIFY2(image.isValid(), qPrintable(chapter + u": "_s + picture));
        }
    }
}

void TestManual::bothLanguagesHaveTheSameChapters()
{
    QStringList chapters = ManualWindow::chapters();
    chapters.sort();
    QCOMPARE(QDir(u":/manual/vi"_s).entryList({u"*.html"_s}, QDir::Files, QDir::Name), chapters);
    QCOMPARE(QDir(u":/manual/en"_s).entryList({u"*.html"_s}, QDir::Files, QDir::Name), chapters);
    QCOMPARE(QDir(u":/manual/images/vi"_s).entryList(QDir::Files, QDir::Name),
             QDir(u":/manual/images/en"_s).entryList(QDir::Files, QDir::Name));
    // Chapter for chapter, the same sections, links and pictures.
    for (const QString &chapter : ManualWindow::chapters()) {
        const ChapterParts vi = partsOf(chapterDocument(u"vi"_s, chapter).get());
        const ChapterParts en = partsOf(chapterDocument(u"en"_s, chapter).get());
        QCOMPARE(en.anchors, vi.anchors);
        QCOMPARE(en.links, vi.links);
        QStringList viPictures = vi.pictures;
        viPictures.replaceInStrings(u"/vi/"_s, u"/en/"_s);
        QCOMPARE(en.pictures, viPictures);
    }
}

void TestManual::deadlinePhrasesAreReadAsTheManualSays_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QDate>("deadline");
    int tables = 0;
    for (const QString &language : {u"vi"_s, u"en"_s}) {
        const auto document = chapterDocument(language, u"deadlines.html"_s);
        for (QTextFrame *frame : document->rootFrame()->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table)
                continue;
            ++tables;
            // Row 0 is the header: the phrases as written, the period, the deadline.
            for (int row = 1; row < table->rows(); ++row) {
                const QDate deadline =
                    QDate::fromString(cellLines(table, row, 2).constFirst(), u"dd/MM/yyyy"_s);
                for (const QString &phrase : cellLines(table, row, 0)) {
                    QTest::addRow("%s: %s", qPrintable(language), qPrintable(phrase))
                        << language << phrase << deadline;
                }
            }
        }
    }
    QCOMPARE(tables, 2);
}

void TestManual::deadlinePhrasesAreReadAsTheManualSays()
{
    QFETCH(QString, phrase);
    QFETCH(QDate, deadline);
    QVERIFY(deadline.isValid());
    const Result<Period> period = Period::parse(phrase);
    QVERIFY2(period.ok(), qPrintable(period.error()));
    QCOMPARE(period->last(), deadline);
}

void TestManual::findsWordsWithoutAccents()
{
    ManualWindow *manual = pressF1();
    QVERIFY(manual);
    manual->showChapter(u"deadlines.html"_s);
    QApplication::setActiveWindow(manual);
    QVERIFY(QTest::qWaitForWindowActive(manual));
    auto *browser = manual->findChild<QTextBrowser *>(u"manualBrowser"_s);
    auto *search = manual->findChild<QLineEdit *>(u"manualSearch"_s);

    // Ctrl+F goes to the search box; Enter finds “thời hạn” typed without accents, then the
    // next one; Shift+Enter goes back to the first.
    browser->setFocus();
    QTest::keyClick(browser, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"THOI HAN"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(browser->textCursor().selectedText().toLower(), u"thời hạn"_s);
    const int first = browser->textCursor().selectionStart();
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(browser->textCursor().selectedText().toLower(), u"thời hạn"_s);
    QVERIFY(browser->textCursor().selectionStart() > first);
    QTest::keyClick(search, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(browser->textCursor().selectionStart(), first);
    QVERIFY(!FieldMark::isInvalid(search));

    // Words the chapter does not hold: said, and nothing selected anew.
    search->clear();
    QTest::keyClicks(search, u"xyzzy"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(FieldMark::isInvalid(search));
    QCOMPARE(browser->textCursor().selectionStart(), first);
    QVERIFY(!manual->findChild<QLabel *>(u"manualSearchResult"_s)->text().isEmpty());

    // Escape closes the manual.
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_VERIFY(!manual->isVisible());
}

void TestManual::pictures()
{
    const QString folder = qEnvironmentVariable("DANVAN_MANUAL_PICTURES");
    const QString database = qEnvironmentVariable("DANVAN_MANUAL_DATABASE");
    if (folder.isEmpty() || database.isEmpty())
        QSKIP("DANVAN_MANUAL_PICTURES and DANVAN_MANUAL_DATABASE name where to take pictures");
    // The window needs time to lay itself out and paint, as a person would see it. Pictures
    // are saved with the most compression PNG has (quality 0), since they are embedded.
    const auto settle = [] {
        QTest::qWait(600);
    };
    for (const auto language :
         {Translations::Language::Vietnamese, Translations::Language::English}) {
        ExampleWindow::forgetSettings();
        Translations::install(language);
        const QString out = folder + u'/' + Translations::code(language) + u'/';
        QVERIFY(QDir().mkpath(out));
        QTemporaryDir copy;
        const QString file = copy.filePath(u"kiengiang.sqlite"_s);
        QVERIFY(QFile::copy(database, file));
        Workspace workspace;
        MainWindow window(workspace);
        QVERIFY(window.openDatabase(file, Workspace::OpenIntent::Existing));
        window.setAsOf(QDate(2020, 6, 22));
        QVERIFY(window.showUnitByCode(u"30898"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        settle();
        QVERIFY(window.grab().save(out + u"main-window.png"_s, "PNG", 0));
        QVERIFY(window.findChild<QDockWidget *>(u"unitDock"_s)
                    ->grab()
                    .save(out + u"unit-panel.png"_s, "PNG", 0));
        QVERIFY(window.showPage(u"overview"_s));
        QVERIFY(window.showUnitByCode(u"905"_s));
        settle();
        QVERIFY(window.grab().save(out + u"overview.png"_s, "PNG", 0));

        // The first step of a new campaign, filled in for the next phase.
        window.findChild<QAction *>(u"newCampaignAction"_s)->trigger();
        auto *dialog = window.findChild<NewCampaignDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QApplication::setActiveWindow(dialog);
        dialog->findChild<QLineEdit *>(u"nameEdit"_s)
            ->setText(u"Tổng kết phong trào thi đua “Dân vận khéo” giai đoạn 2021–2025"_s);
        dialog->findChild<QLineEdit *>(u"phaseEdit"_s)->setText(u"2021–2025"_s);
        dialog->findChild<DateField *>(u"startsEdit"_s)->setDate(QDate(2025, 2, 10));
        auto *root = dialog->findChild<QComboBox *>(u"rootCombo"_s);
        root->setCurrentIndex(root->findText(u"Tỉnh Kiên Giang"_s, Qt::MatchStartsWith));
        QVERIFY(root->currentIndex() >= 0);
        settle();
        QVERIFY(dialog->grab().save(out + u"new-campaign.png"_s, "PNG", 0));
        dialog->reject();

        // The preview of a district's own table of results, before it is applied.
        // In a folder of a fixed name, which the picture shows.
        QDir sentFolder(QDir::temp().filePath(u"danvan-manual"_s));
        sentFolder.removeRecursively();
        QVERIFY(QDir().mkpath(sentFolder.path()));
        const QString sent = sentFolder.filePath(u"ket-qua-hoi-nghi-huyen-chau-thanh.xlsx"_s);
        QVERIFY(QFile::copy(TestSupport::dataPath(u"results/own-table-codes.xlsx"_s), sent));
        FileDialog::setNextFileName(sent);
        bool taken = false;
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *preview = qobject_cast<ImportResultsDialog *>(QApplication::activeModalWidget());
            if (!preview || taken)
                return;
            taken = true;
            preview->resize(1300, 700);
            QTest::qWait(600);
            QVERIFY(preview->grab().save(out + u"import-results.png"_s, "PNG", 0));
            preview->reject();
        });
        poll.start();
        window.findChild<QAction *>(u"importResultsAction"_s)->trigger();
        poll.stop();
        QVERIFY(taken);
        sentFolder.removeRecursively();
    }
}

QTEST_MAIN(TestManual)
#include "tst_manual.moc"
