#include "CampaignRepository.h"
#include "Database.h"
#include "Dialogs.h"
#include "FreshExample.h"
#include "MainWindow.h"
#include "OfficeSettings.h"
#include "OfficeSettingsDialog.h"
#include "ReportDialog.h"
#include "TestSupport.h"
#include "Translations.h"
#include "UnitRepository.h"
#include "ZipParts.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;

/// File → Print, File → Export and the office's settings, driven from the main window as
/// a clerk does: the dialogs are answered by the test as they open.
class TestPrintExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void printAndExportAreInTheFileMenu();
    void reportFollowsThePageInView();
    void exportsTheScheduleAsCsv();
    void exportsAPdfDocument();
    void exportsAnOdtDocument();
    void exportToAMissingFolderWritesNothing();
    void exportOverTheDatabaseIsRefused_data();
    void exportOverTheDatabaseIsRefused();
    void printToFileOverTheDatabaseIsRefused();
    void reportThatCannotBeMadeIsNotBlamedOnThePlace();
    void calendarIsExported();
    void previewShowsEveryPage();
    void officeSettingsAreOneEdit();
    void unchangedSettingsAreNoEdit();

private:
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    /// Runs `answer` on the next dialog of type T that opens, then triggers `trigger`.
    template<typename T>
    void withDialog(QAction *trigger, const std::function<void(T *)> &answer);

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
};

template<typename T>
void TestPrintExport::withDialog(QAction *trigger, const std::function<void(T *)> &answer)
{
    // The dialog opens inside trigger(); a polling timer finds it there.
    bool answered = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll.stop();
            answered = true;
            answer(dialog);
        }
    });
    poll.start();
    QVERIFY(trigger);
    trigger->trigger();
    poll.stop();
    QVERIFY2(answered, T::staticMetaObject.className());
}

void TestPrintExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Translations::install(Translations::Language::Vietnamese);
}

void TestPrintExport::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_workspace = new Workspace;
    m_window = new MainWindow(*m_workspace);
    const auto example = TestSupport::freshExample(*m_dir);
    QVERIFY(!example.location.isEmpty());
    QVERIFY(m_window->openDatabase(example.location, example.intent));
    m_window->setAsOf(QDate(2020, 6, 30));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestPrintExport::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_workspace;
    m_workspace = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void TestPrintExport::printAndExportAreInTheFileMenu()
{
    QAction *print = action(u"printAction"_s);
    QAction *exporting = action(u"exportAction"_s);
    QVERIFY(print);
    QVERIFY(exporting);
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    QCOMPARE(print->text(), u"&In…"_s);
    QCOMPARE(exporting->text(), u"&Xuất tệp…"_s);
    QVERIFY(action(u"officeSettingsAction"_s));
}

void TestPrintExport::reportFollowsThePageInView()
{
    const QList<std::pair<QString, ReportBuilder::Kind>> pages{
        {u"schedule"_s, ReportBuilder::Kind::Schedule},
        {u"overview"_s, ReportBuilder::Kind::Progress},
        {u"exemplars"_s, ReportBuilder::Kind::Exemplars},
        {u"rewards"_s, ReportBuilder::Kind::Rewards},
    };
    for (const auto &[page, kind] : pages) {
        QVERIFY(m_window->showPage(page));
        ReportBuilder::Kind offered = ReportBuilder::Kind::Units;
        withDialog<ReportDialog>(action(u"exportAction"_s), [&](ReportDialog *dialog) {
            offered = dialog->report();
            dialog->reject();
        });
        QCOMPARE(offered, kind);
    }
}

void TestPrintExport::exportsTheScheduleAsCsv()
{
    const QString path = m_dir->filePath(u"lich.csv"_s);
    FileDialog::setNextFileName(path);
    withDialog<ReportDialog>(action(u"exportAction"_s), [](ReportDialog *dialog) {
        auto *format = dialog->findChild<QComboBox *>(u"reportFormat"_s);
        format->setCurrentIndex(format->findData(int(ReportDialog::Format::Csv)));
        auto *delimiter = dialog->findChild<QComboBox *>(u"reportDelimiter"_s);
        QVERIFY(delimiter->isVisibleTo(dialog));
        delimiter->setCurrentIndex(delimiter->findData(u";"_s));
        QVERIFY(!dialog->findChild<QLineEdit *>(u"reportNumber"_s)->isVisibleTo(dialog));
        dialog->accept();
    });

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    // The header in the user's language, the chosen separator; a row per unit of the tree.
    QVERIFY2(lines.first().startsWith(R"("STT";"Mã";"Đơn vị";)"), lines.first().constData());
    int units = 0;
    int binhAn = 0;
    for (const QByteArray &line : lines.mid(1)) {
        units += line.isEmpty() ? 0 : 1;
        binhAn += line.contains(R"(;"Xã Bình An (Huyện )") ? 1 : 0;
    }
    QCOMPARE(units, 161);
    // Two communes of the same name are told apart by their district.
    QCOMPARE(binhAn, 2);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"lich.csv"_s));
}

void TestPrintExport::exportsAPdfDocument()
{
    // The suffix is added when the name has none.
    FileDialog::setNextFileName(m_dir->filePath(u"tien-do"_s));
    withDialog<ReportDialog>(action(u"exportAction"_s), [](ReportDialog *dialog) {
        dialog->setReport(ReportBuilder::Kind::Progress);
        auto *format = dialog->findChild<QComboBox *>(u"reportFormat"_s);
        format->setCurrentIndex(format->findData(int(ReportDialog::Format::Pdf)));
        QVERIFY(!dialog->findChild<QComboBox *>(u"reportDelimiter"_s)->isVisibleTo(dialog));
        dialog->findChild<QLineEdit *>(u"reportNumber"_s)->setText(u"15"_s);
        dialog->accept();
    });
    QFile file(m_dir->filePath(u"tien-do.pdf"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(!QFile::exists(m_dir->filePath(u"tien-do.pdf.part"_s)));
}

void TestPrintExport::exportsAnOdtDocument()
{
    // Offered beside PDF, with the document's number and orientation as for PDF.
    FileDialog::setNextFileName(m_dir->filePath(u"lich"_s));
    withDialog<ReportDialog>(action(u"exportAction"_s), [](ReportDialog *dialog) {
        dialog->setReport(ReportBuilder::Kind::Schedule);
        auto *format = dialog->findChild<QComboBox *>(u"reportFormat"_s);
        const int odt = format->findData(int(ReportDialog::Format::Odt));
        QVERIFY(odt >= 0);
        QVERIFY(format->itemText(odt).contains(u"*.odt"_s));
        format->setCurrentIndex(odt);
        QCOMPARE(dialog->suffix(), u"odt"_s);
        QVERIFY(!dialog->findChild<QComboBox *>(u"reportDelimiter"_s)->isVisibleTo(dialog));
        QVERIFY(dialog->findChild<QLineEdit *>(u"reportNumber"_s)->isVisibleTo(dialog));
        auto *orientation = dialog->findChild<QComboBox *>(u"reportOrientation"_s);
        QVERIFY(orientation->isVisibleTo(dialog));
        orientation->setCurrentIndex(
            orientation->findData(int(ReportDocument::Orientation::Portrait)));
        dialog->findChild<QLineEdit *>(u"reportNumber"_s)->setText(u"15"_s);
        dialog->accept();
    });
    const QString path = m_dir->filePath(u"lich.odt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.peek(38).endsWith("mimetype"));
    ZipParts parts(&file, path);
    QVERIFY(parts.open().ok());
    QVERIFY(QString::fromUtf8(parts.read(u"content.xml"_s).value()).contains(u"Số 15-"_s));
    QVERIFY(QString::fromUtf8(parts.read(u"styles.xml"_s).value())
                .contains(u"style:print-orientation=\"portrait\""_s));
    QVERIFY(!QFile::exists(path + u".part"_s));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"lich.odt"_s));
}

void TestPrintExport::exportToAMissingFolderWritesNothing()
{
    const QString path = m_dir->filePath(u"khong-co/lich.xlsx"_s);
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    withDialog<ReportDialog>(action(u"exportAction"_s), [](ReportDialog *dialog) {
        auto *format = dialog->findChild<QComboBox *>(u"reportFormat"_s);
        format->setCurrentIndex(format->findData(int(ReportDialog::Format::Xlsx)));
        dialog->accept();
    });
    QVERIFY(!QFile::exists(path));
    QVERIFY2(MessageBox::lastText().contains(u"lich.xlsx"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(u"Không tệp nào bị thay đổi"_s));
}

void TestPrintExport::reportThatCannotBeMadeIsNotBlamedOnThePlace()
{
    // A new file without a campaign: the schedule cannot be made, wherever it would go.
    const auto empty = TestSupport::freshEmpty(*m_dir, u"trống.sqlite"_s);
    QVERIFY(!empty.location.isEmpty());
    QVERIFY(m_window->openDatabase(empty.location, empty.intent));
    const QString path = m_dir->filePath(u"lich.csv"_s);
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    withDialog<ReportDialog>(action(u"exportAction"_s), [](ReportDialog *dialog) {
        dialog->setReport(ReportBuilder::Kind::Schedule);
        dialog->accept();
    });
    QVERIFY(!QFile::exists(path));
    const QString message = MessageBox::lastText();
    QVERIFY2(message.contains(CampaignRepository::tr("There is no campaign number %1.").arg(0)),
             qPrintable(message));
    QVERIFY2(!message.contains(MainWindow::tr("No file was changed. Choose another place or name "
                                              "and export again.")),
             qPrintable(message));
}

void TestPrintExport::calendarIsExported()
{
    QVERIFY(action(u"exportCalendarAction"_s)->isEnabled());
    // Typed without its suffix: the calendar's is added.
    const QString path = m_dir->filePath(u"lịch"_s);
    FileDialog::setNextFileName(path);
    action(u"exportCalendarAction"_s)->trigger();
    QFile file(path + u".ics"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray calendar = file.readAll();
    QVERIFY(calendar.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(calendar.contains("UID:20200206-91-level-commune@danvan\r\n"));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"lịch.ics"_s));

    // Pointed at the open database, it writes nothing and says why (a server's database is
    // no file to point at).
    if (TestSupport::onServer())
        return;
    const QByteArray before = TestSupport::fileDigest(m_workspace->filePath());
    FileDialog::setNextFileName(m_workspace->filePath());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(u"exportCalendarAction"_s)->trigger();
    QCOMPARE(TestSupport::fileDigest(m_workspace->filePath()), before);
    QVERIFY2(MessageBox::lastText().contains(QFileInfo(m_workspace->filePath()).fileName()),
             qPrintable(MessageBox::lastText()));
}

void TestPrintExport::exportOverTheDatabaseIsRefused_data()
{
    if (TestSupport::onServer())
        QSKIP("about files only: an export pointed at the open database's file");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("suffix"); // after the database's own name

    for (const auto &[format, name] : {std::pair{ReportDialog::Format::Csv, "CSV"},
                                       std::pair{ReportDialog::Format::Xlsx, "XLSX"},
                                       std::pair{ReportDialog::Format::Pdf, "PDF"},
                                       std::pair{ReportDialog::Format::Odt, "ODT"}}) {
        QTest::addRow("%s over the database", name) << int(format) << QString();
        QTest::addRow("%s over its -wal", name) << int(format) << u"-wal"_s;
    }
}

void TestPrintExport::exportOverTheDatabaseIsRefused()
{
    QFETCH(int, format);
    QFETCH(QString, suffix);

    // The save dialog pointed at the open database (or the file SQLite keeps its changes in).
    const QString database = m_workspace->filePath();
    const QString path = database + suffix;
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    withDialog<ReportDialog>(action(u"exportAction"_s), [format](ReportDialog *dialog) {
        auto *formats = dialog->findChild<QComboBox *>(u"reportFormat"_s);
        formats->setCurrentIndex(formats->findData(format));
        dialog->accept();
    });
    QVERIFY2(MessageBox::lastText().contains(QFileInfo(path).fileName()),
             qPrintable(MessageBox::lastText()));
    // The database is whole: still an SQLite file, that opens with every unit.
    QFile file(database);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(16).startsWith("SQLite format 3"));
    file.close();
    Database reopened;
    const auto opened = reopened.open(database);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(UnitRepository(reopened).all()->size(), 161);
}

void TestPrintExport::printToFileOverTheDatabaseIsRefused()
{
    if (TestSupport::onServer())
        QSKIP("about files only: printing to the open database's file");
    const QString database = m_workspace->filePath();
    bool printed = false;
    withDialog<ReportDialog>(action(u"printAction"_s), [&](ReportDialog *dialog) {
        // In the preview, Print with "print to file" pointed at the open database.
        auto *poll = new QTimer(this);
        poll->setInterval(20);
        connect(poll, &QTimer::timeout, this, [&printed, poll, database] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!preview)
                return;
            poll->deleteLater();
            poll->stop();
            preview->printer()->setOutputFormat(QPrinter::PdfFormat);
            preview->printer()->setOutputFileName(database);
            MessageBox::setNextAnswer(QMessageBox::Ok);
            preview->findChild<QPrintPreviewWidget *>()->print();
            printed = true;
            preview->reject();
        });
        poll->start();
        dialog->accept();
    });
    QTRY_VERIFY(printed);
    QVERIFY2(MessageBox::lastText().contains(QFileInfo(database).fileName()),
             qPrintable(MessageBox::lastText()));
    QFile file(database);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(16).startsWith("SQLite format 3"));
    file.close();
    Database reopened;
    const auto opened = reopened.open(database);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(UnitRepository(reopened).all()->size(), 161);
}

void TestPrintExport::previewShowsEveryPage()
{
    int pages = 0;
    QString title;
    withDialog<ReportDialog>(action(u"printAction"_s), [&](ReportDialog *dialog) {
        QVERIFY(!dialog->findChild<QComboBox *>(u"reportFormat"_s));
        dialog->findChild<QLineEdit *>(u"reportNumber"_s)->setText(u"12"_s);
        // The preview opens after this dialog closes; a second poll answers it.
        auto *poll = new QTimer(this);
        poll->setInterval(20);
        connect(poll, &QTimer::timeout, this, [&pages, &title, poll] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!preview)
                return;
            poll->deleteLater();
            poll->stop();
            auto *widget = preview->findChild<QPrintPreviewWidget *>();
            pages = widget ? widget->pageCount() : -1;
            title = preview->windowTitle();
            if (const QString folder = qEnvironmentVariable("DANVAN_TEST_PICTURES");
                !folder.isEmpty())
                preview->grab().save(folder + u"/print-preview.png"_s);
            preview->reject();
        });
        poll->start();
        dialog->accept();
    });
    QTRY_VERIFY(pages != 0);
    // 161 units do not fit on one page: the preview has them all, on several pages.
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    QVERIFY(title.contains(u"LỊCH TỔ CHỨC HỘI NGHỊ"_s));
}

void TestPrintExport::officeSettingsAreOneEdit()
{
    const auto issuingBody = [this] {
        return OfficeSettings::read(m_workspace->database())->value(OfficeSettings::IssuingBody);
    };
    const QString before = issuingBody();
    QCOMPARE(before, u"BAN DÂN VẬN"_s);
    withDialog<OfficeSettingsDialog>(
        action(u"officeSettingsAction"_s), [](OfficeSettingsDialog *dialog) {
            if (const QString folder = qEnvironmentVariable("DANVAN_TEST_PICTURES");
                !folder.isEmpty())
                dialog->grab().save(folder + u"/office-settings.png"_s);
            dialog->findChild<QLineEdit *>(u"issuingBody"_s)
                ->setText(u"BAN TUYÊN GIÁO VÀ DÂN VẬN"_s);
            dialog->findChild<QSpinBox *>(u"dueSoonDays"_s)->setValue(14);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
    QCOMPARE(issuingBody(), u"BAN TUYÊN GIÁO VÀ DÂN VẬN"_s);
    QCOMPARE(m_workspace->dueSoonDays(), 14);
    QCOMPARE(m_workspace->undoStack()->count(), 1);

    m_workspace->undoStack()->undo();
    QCOMPARE(issuingBody(), before);
    QCOMPARE(m_workspace->dueSoonDays(), 7);
    m_workspace->undoStack()->redo();
    QCOMPARE(issuingBody(), u"BAN TUYÊN GIÁO VÀ DÂN VẬN"_s);
    QCOMPARE(m_workspace->dueSoonDays(), 14);
}

void TestPrintExport::unchangedSettingsAreNoEdit()
{
    withDialog<OfficeSettingsDialog>(
        action(u"officeSettingsAction"_s), [](OfficeSettingsDialog *dialog) {
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
    QCOMPARE(m_workspace->undoStack()->count(), 0);
}

QTEST_MAIN(TestPrintExport)
#include "tst_printexport.moc"
