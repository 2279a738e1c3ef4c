#include "CampaignRepository.h"
#include "ColumnMappingPanel.h"
#include "Dialogs.h"
#include "FreshExample.h"
#include "ImportResultsDialog.h"
#include "MainWindow.h"
#include "ReportingForm.h"
#include "ReportingFormDialog.h"
#include "ResultsPreviewModel.h"
#include "ResultsProblemsModel.h"
#include "TestSupport.h"
#include "Translations.h"
#include "UnitComboBox.h"
#include "UnitRepository.h"
#include "WorkbookReader.h"
#include "XlsReader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

/// File → Import results… and File → Export a reporting form…, driven from the main window
/// as a clerk does: the files chosen, the preview looked at and decided, the results applied
/// as one edit that Edit → Undo takes back.
class TestImportResults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void actionsAreInTheFileMenu();
    void importAFilledFormAndUndoIt();
    void decideAConflictInTheTree();
    void refusedRowsOnlyWhenTicked();
    void mapTheColumnsOfAnOwnTable();
    void namesReadWholeInAClosedSheet();
    void filesReadOnceUntilChanged();
    void stopReadingLeavesFilesOut();
    void stopReadingInAnotherEncoding();
    void exportAReportingForm();
    void exportTheFormsOfAllBelow();

private:
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    template<typename T>
    void withDialog(QAction *trigger, const std::function<void(T *)> &answer);
    Conference conferenceOf(const QString &code);
    /// A stand-in for danvan-xls-reader: a shell script of `body`, made executable.
    QString readerScript(const QString &name, const QByteArray &body) const;
    /// Makes danvan-xls-reader, until the guard returned ends, a reader that never answers:
    /// it notes each start in `log`, waits ten minutes in a child of its own and would then
    /// note its end. The guard puts the real reader back and ends the child.
    auto silentReader(const QString &log);
    /// Runs `start`, and answers the window that tells which file is read once, when it
    /// comes up meanwhile; false when it never did.
    bool answerReading(const std::function<void()> &start,
                       const std::function<void(QProgressDialog *)> &answer);
    static QString corpus(const QString &name)
    {
        return TestSupport::dataPath(u"results/"_s + name);
    }

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
};

template<typename T>
void TestImportResults::withDialog(QAction *trigger, const std::function<void(T *)> &answer)
{
    bool answered = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll.stop();
            answered = true;
            answer(dialog);
            if (dialog->isVisible())
                dialog->reject();
        }
    });
    poll.start();
    QVERIFY(trigger);
    trigger->trigger();
    poll.stop();
    QVERIFY2(answered, T::staticMetaObject.className());
}

void TestImportResults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Translations::install(Translations::Language::Vietnamese);
}

void TestImportResults::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_workspace = new Workspace;
    m_window = new MainWindow(*m_workspace);
    const auto example = TestSupport::freshExample(*m_dir);
    QVERIFY(!example.location.isEmpty());
    QVERIFY(m_window->openDatabase(example.location, example.intent));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestImportResults::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_workspace;
    m_workspace = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

Conference TestImportResults::conferenceOf(const QString &code)
{
    const auto conference =
        CampaignRepository(m_workspace->database())
            .conference(1, TestSupport::unitIdOf(m_workspace->database(), code));
    return conference ? *conference : Conference();
}

void TestImportResults::actionsAreInTheFileMenu()
{
    QVERIFY(action(u"importResultsAction"_s));
    QVERIFY(action(u"exportFormAction"_s));
    QCOMPARE(action(u"importResultsAction"_s)->text(), u"Nhập &kết quả…"_s);
    bool inMenu = false;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action(u"importResultsAction"_s)))
            inMenu = menu->menu()->actions().contains(action(u"exportFormAction"_s));
    }
    QVERIFY(inMenu);
}

void TestImportResults::importAFilledFormAndUndoIt()
{
    const QString before = TestSupport::dump(m_workspace->database());
    const int undoCount = m_workspace->undoStack()->count();
    FileDialog::setNextFileName(corpus(u"form-905-libreoffice.ods"_s));
    withDialog<ImportResultsDialog>(
        action(u"importResultsAction"_s), [&](ImportResultsDialog *dialog) {
            auto *view = dialog->findChild<QTreeView *>(u"resultsPreview"_s);
            QAbstractItemModelTester tester(view->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            auto *problems = dialog->findChild<QAbstractItemModel *>();
            Q_UNUSED(problems)
            const ResultsPreview &preview = dialog->preview();
            QCOMPARE(preview.counts().units, 5);
            // File, its three sheets... two shown (the hidden identity is not), the units.
            const QModelIndex file = view->model()->index(0, 0);
            QCOMPARE(view->model()->rowCount(file), 2);
            const QModelIndex sheet = view->model()->index(0, 0, file);
            QCOMPARE(view->model()->rowCount(sheet), 11);
            // The first column is as wide as its names (within 64 characters), wider than the
            // 36 characters it starts with: "row 7: Xã Vĩnh Hòa Phú (30811)" reads whole.
            const int chars = view->fontMetrics().averageCharWidth();
            const int names = static_cast<QAbstractItemView *>(view)->sizeHintForColumn(0);
            QVERIFY(names > chars * 36);
            QVERIFY(view->header()->sectionSize(0) >= std::min(names, chars * 64));
            QVERIFY(view->header()->sectionSize(0) <= chars * 64);
            auto *summary = dialog->findChild<QLabel *>(u"resultsSummary"_s);
            QVERIFY2(summary->text().startsWith(u"5 "_s), qPrintable(summary->text()));
            auto *apply = dialog->findChild<QPushButton *>(u"resultsApply"_s);
            QVERIFY(apply->isEnabled());
            QTest::mouseClick(apply, Qt::LeftButton);
        });
    QTRY_COMPARE(conferenceOf(u"905"_s).heldOn, QDate(2020, 6, 26));
    QCOMPARE(conferenceOf(u"30898"_s).attendees, 120);
    // One edit, undone and redone whole.
    QCOMPARE(m_workspace->undoStack()->count(), undoCount + 1);
    const QString after = TestSupport::dump(m_workspace->database());
    m_workspace->undoStack()->undo();
    QCOMPARE(TestSupport::dump(m_workspace->database()), before);
    m_workspace->undoStack()->redo();
    QCOMPARE(TestSupport::dump(m_workspace->database()), after);
}

void TestImportResults::decideAConflictInTheTree()
{
    CampaignRepository campaigns(m_workspace->database());
    Conference stored = conferenceOf(u"30880"_s);
    stored.attendees = 90;
    QVERIFY(campaigns.saveConference(stored).ok());
    FileDialog::setNextFileName(corpus(u"own-table-codes.xlsx"_s));
    withDialog<ImportResultsDialog>(
        action(u"importResultsAction"_s), [&](ImportResultsDialog *dialog) {
            auto *view = dialog->findChild<QTreeView *>(u"resultsPreview"_s);
            auto *apply = dialog->findChild<QPushButton *>(u"resultsApply"_s);
            QCOMPARE(dialog->preview().counts().undecided, 1);
            QVERIFY(!apply->isEnabled());
            // The conflict: Minh Lương's attendees, 90 entered, 95 in the file.
            QAbstractItemModel *model = view->model();
            QModelIndex conflict;
            const QModelIndex sheet = model->index(0, 0, model->index(0, 0));
            for (int r = 0; r < model->rowCount(sheet) && !conflict.isValid(); ++r) {
                const QModelIndex unit = model->index(r, 0, sheet);
                for (int v = 0; v < model->rowCount(unit); ++v) {
                    const QModelIndex read = model->index(v, ResultsPreviewModel::Read, unit);
                    if (read.data(Qt::CheckStateRole).isValid())
                        conflict = read;
                }
            }
            QVERIFY(conflict.isValid());
            QCOMPARE(conflict.data().toString(), u"95"_s);
            QCOMPARE(conflict.data(Qt::CheckStateRole).value<Qt::CheckState>(),
                     Qt::PartiallyChecked);
            view->expand(conflict.parent());
            view->setCurrentIndex(conflict);
            view->setFocus();
            QTest::keyClick(view, Qt::Key_Space);
            QTRY_COMPARE(dialog->preview().counts().undecided, 0);
            QCOMPARE(dialog->preview().counts().replaced, 1);
            QVERIFY(apply->isEnabled());
            // Or all at once, from the list above.
            auto *choice = dialog->findChild<QComboBox *>(u"resultsConflicts"_s);
            choice->setFocus();
            QTest::keyClick(choice, Qt::Key_Down); // keep what is entered
            QTRY_COMPARE(dialog->preview().counts().kept, 1);
            QTest::mouseClick(apply, Qt::LeftButton);
        });
    QTRY_COMPARE(conferenceOf(u"30887"_s).attendees, 70);
    QCOMPARE(conferenceOf(u"30880"_s).attendees, 90);
}

void TestImportResults::refusedRowsOnlyWhenTicked()
{
    FileDialog::setNextFileName(corpus(u"two-binh-an.xlsx"_s));
    withDialog<ImportResultsDialog>(
        action(u"importResultsAction"_s), [&](ImportResultsDialog *dialog) {
            auto *problems = dialog->findChild<QAbstractItemView *>(u"resultsProblems"_s);
            QAbstractItemModelTester tester(problems->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(problems->model()->rowCount(), 2);
            QVERIFY(problems->model()
                        ->index(0, ResultsProblemsModel::Problem)
                        .data()
                        .toString()
                        .contains(u"30808"_s));
            auto *apply = dialog->findChild<QPushButton *>(u"resultsApply"_s);
            auto *skip = dialog->findChild<QCheckBox *>(u"resultsSkipRefused"_s);
            QVERIFY(!apply->isEnabled());
            skip->setFocus();
            QTest::keyClick(skip, Qt::Key_Space);
            QVERIFY(skip->isChecked());
            QVERIFY(apply->isEnabled());
            QTest::mouseClick(apply, Qt::LeftButton);
        });
    QTRY_COMPARE(conferenceOf(u"30811"_s).attendees, 50);
    QVERIFY(!conferenceOf(u"30808"_s).heldOn.isValid());
    QVERIFY(!conferenceOf(u"30898"_s).heldOn.isValid());
}

void TestImportResults::mapTheColumnsOfAnOwnTable()
{
    FileDialog::setNextFileName(corpus(u"own-table-unknown-headers.xlsx"_s));
    withDialog<ImportResultsDialog>(
        action(u"importResultsAction"_s), [&](ImportResultsDialog *dialog) {
            auto *apply = dialog->findChild<QPushButton *>(u"resultsApply"_s);
            QVERIFY(!apply->isEnabled());
            // Sent by Châu Thành, its code typed into the field.
            auto *sender = dialog->findChild<UnitComboBox *>(u"resultsSender"_s);
            QTest::keyClicks(sender->lineEdit(), u"905"_s);
            QCOMPARE(sender->unitId(), TestSupport::unitIdOf(m_workspace->database(), u"905"_s));
            // The sheet's columns, placed one by one from the lists: B unit, C held on.
            auto *view = dialog->findChild<QTreeView *>(u"resultsPreview"_s);
            view->setCurrentIndex(view->model()->index(0, 0, view->model()->index(0, 0)));
            auto *unit = dialog->findChild<QComboBox *>(u"mapping-unit"_s);
            QTRY_VERIFY(unit->isEnabled());
            unit->setFocus();
            QTest::keyClick(unit, Qt::Key_Down);
            QTest::keyClick(unit, Qt::Key_Down); // (none), A, B
            auto *held = dialog->findChild<QComboBox *>(u"mapping-held"_s);
            QTRY_VERIFY(held->isEnabled());
            held->setFocus();
            for (int i = 0; i < 3; ++i)
                QTest::keyClick(held, Qt::Key_Down); // (none), A, B, C
            QTRY_COMPARE(dialog->preview().counts().units, 4);
            QVERIFY(apply->isEnabled());
            QTest::mouseClick(apply, Qt::LeftButton);
        });
    QTRY_COMPARE(conferenceOf(u"30898"_s).heldOn, QDate(2020, 5, 15));
    // Remembered for Châu Thành.
    const auto remembered =
        ResultsImport(m_workspace->database())
            .rememberedMapping(TestSupport::unitIdOf(m_workspace->database(), u"905"_s));
    QCOMPARE(remembered->value(ResultsColumns::Field::HeldOn), u"Cột 3"_s);
}

void TestImportResults::namesReadWholeInAClosedSheet()
{
    // A table of 30 communes, those of the longest names: its sheet opens closed (more than
    // 20 units), and the first column is still as wide as their rows' labels.
    auto units = UnitRepository(m_workspace->database()).all();
    QVERIFY(units);
    QList<Unit> communes;
    for (const Unit &unit : *units) {
        if (unit.kind == u"xã"_s)
            communes.append(unit);
    }
    QVERIFY(communes.size() >= 30);
    std::sort(communes.begin(), communes.end(),
              [](const Unit &a, const Unit &b) { return a.name.size() > b.name.size(); });
    const QString path = m_dir->filePath(u"ket-qua.csv"_s);
    QFile table(path);
    QVERIFY(table.open(QIODevice::WriteOnly));
    table.write("Mã đơn vị,Tên đơn vị,Ngày tổ chức\n");
    for (int i = 0; i < 30; ++i)
        table.write(
            (communes.at(i).code + u',' + communes.at(i).name + u",20/05/2020\n"_s).toUtf8());
    table.close();

    FileDialog::setNextFileName(path);
    withDialog<ImportResultsDialog>(
        action(u"importResultsAction"_s), [&](ImportResultsDialog *dialog) {
            auto *view = dialog->findChild<QTreeView *>(u"resultsPreview"_s);
            const QModelIndex sheet = view->model()->index(0, 0, view->model()->index(0, 0));
            QCOMPARE(view->model()->rowCount(sheet), 30);
            QVERIFY(!view->isExpanded(sheet));
            const int width = view->header()->sectionSize(0);
            const int chars = view->fontMetrics().averageCharWidth();
            QVERIFY(width > chars * 36);
            for (int row = 0; row < 30; ++row) {
                const QString label = view->model()->index(row, 0, sheet).data().toString();
                const int needed =
                    view->fontMetrics().horizontalAdvance(label) + 3 * view->indentation();
                QVERIFY2(width >= std::min(needed, chars * 64), qPrintable(label));
            }
            dialog->reject();
        });
}

QString TestImportResults::readerScript(const QString &name, const QByteArray &body) const
{
    const QString path = m_dir->filePath(name);
    QFile script(path);
    if (!script.open(QIODevice::WriteOnly) || script.write("#!/bin/sh\n" + body + '\n') < 0)
        return {};
    script.close();
    script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
    return path;
}

void TestImportResults::filesReadOnceUntilChanged()
{
    // The reader writes a line in a log each time it runs, then reads as the real one.
    const QString log = m_dir->filePath(u"reads.log"_s);
    const QString real = XlsReader::program();
    QVERIFY(QFileInfo(real).isExecutable());
    const QString script =
        readerScript(u"counting-reader.sh"_s,
                     "echo read >> '" + log.toUtf8() + "'\nexec '" + real.toUtf8() + "' \"$@\"");
    QVERIFY(!script.isEmpty());
    XlsReader::setProgram(script);
    const auto restore = qScopeGuard([] { XlsReader::setProgram(QString()); });
    const auto reads = [&log] {
        QFile file(log);
        return file.open(QIODevice::ReadOnly) ? int(file.readAll().count('\n')) : 0;
    };
    const QString form = m_dir->filePath(u"form-905.xls"_s);
    QVERIFY(QFile::copy(corpus(u"form-905-libreoffice.xls"_s), form));

    ImportResultsDialog dialog(*m_workspace, {form}, m_window);
    QCOMPARE(reads(), 1);
    QCOMPARE(dialog.preview().counts().units, 5);
    // Another sender previews again from what was read.
    auto *sender = dialog.findChild<UnitComboBox *>();
    QVERIFY(sender);
    sender->setUnitId(TestSupport::unitIdOf(m_workspace->database(), u"905"_s));
    QCOMPARE(dialog.preview().files.size(), 1);
    QCOMPARE(reads(), 1);
    // Another encoding reads again, and so does the first one after it (one reading of a
    // file is kept, the last).
    auto *encoding = dialog.findChild<QComboBox *>(u"resultsEncoding"_s);
    encoding->setCurrentIndex(1);
    QCOMPARE(reads(), 2);
    encoding->setCurrentIndex(0);
    QCOMPARE(reads(), 3);
    QCOMPARE(dialog.preview().counts().units, 5);
    // The file changed on disk: read again at the next preview.
    QFile file(form);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(60),
                             QFileDevice::FileModificationTime));
    file.close();
    sender->setUnitId(TestSupport::unitIdOf(m_workspace->database(), u"30898"_s));
    QCOMPARE(reads(), 4);
    QCOMPARE(dialog.preview().files.size(), 1);
}

auto TestImportResults::silentReader(const QString &log)
{
    const QString waiting = m_dir->filePath(u"silent.pid"_s);
    const QString script =
        readerScript(u"silent-reader.sh"_s,
                     "echo started >> '" + log.toUtf8() + "'\nsleep 600 &\necho $! > '"
                         + waiting.toUtf8() + "'\nwait\necho ended >> '" + log.toUtf8() + "'");
    XlsReader::setProgram(script, 900'000);
    return qScopeGuard([waiting] {
        XlsReader::setProgram(QString());
        QFile pid(waiting);
        if (pid.open(QIODevice::ReadOnly))
            QProcess::execute(u"kill"_s, {QString::fromLatin1(pid.readAll().trimmed())});
    });
}

bool TestImportResults::answerReading(const std::function<void()> &start,
                                      const std::function<void(QProgressDialog *)> &answer)
{
    bool answered = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *progress = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget());
        if (!progress || !progress->isVisible() || answered)
            return;
        answered = true;
        answer(progress);
    });
    poll.start();
    start();
    return answered;
}

void TestImportResults::stopReadingLeavesFilesOut()
{
    // Two .xls files whose reader does not answer.
    const QString log = m_dir->filePath(u"silent.log"_s);
    const auto realReaderBack = silentReader(log);
    const QString first = m_dir->filePath(u"cham.xls"_s);
    const QString second = m_dir->filePath(u"cham-nua.xls"_s);
    QVERIFY(QFile::copy(corpus(u"form-905-libreoffice.xls"_s), first));
    QVERIFY(QFile::copy(corpus(u"form-905-libreoffice.xls"_s), second));

    // The window that tells which file is read comes up; closing it stops, as Stop does,
    // and it stays up until the reading has ended.
    QString label;
    std::optional<ImportResultsDialog> dialog;
    QVERIFY(answerReading(
        [&] {
            dialog.emplace(*m_workspace, QStringList{first, second}, m_window);
        },
        [&](QProgressDialog *progress) {
            QCOMPARE(progress->objectName(), u"resultsReading"_s);
            label = progress->labelText();
            progress->close();
            QVERIFY(progress->isVisible());
        }));

    QVERIFY2(label.contains(u"cham.xls"_s), qPrintable(label));
    // The reader was ended, not waited for; the second file was never begun.
    QFile notes(log);
    QVERIFY(notes.open(QIODevice::ReadOnly));
    QCOMPARE(notes.readAll(), QByteArray("started\n"));
    QVERIFY2(dialog->files().isEmpty(), qPrintable(dialog->files().join(u", "_s)));
    QCOMPARE(dialog->findChild<QListWidget *>()->count(), 0);
    const QString summary = dialog->findChild<QLabel *>(u"resultsSummary"_s)->text();
    QVERIFY2(summary.contains(u"cham.xls"_s) && summary.contains(u"cham-nua.xls"_s),
             qPrintable(summary));
    QVERIFY(dialog->preview().files.isEmpty());
}

void TestImportResults::stopReadingInAnotherEncoding()
{
    const QString form = m_dir->filePath(u"form-905.xls"_s);
    QVERIFY(QFile::copy(corpus(u"form-905-libreoffice.xls"_s), form));
    ImportResultsDialog dialog(*m_workspace, {form}, m_window);
    QCOMPARE(dialog.preview().counts().units, 5);

    // Read again in another encoding by a reader that does not answer; Stop is pressed.
    const auto realReaderBack = silentReader(m_dir->filePath(u"silent.log"_s));
    auto *encoding = dialog.findChild<QComboBox *>(u"resultsEncoding"_s);
    QVERIFY(answerReading([&] { encoding->setCurrentIndex(2); },
                          [](QProgressDialog *progress) {
                              QTest::mouseClick(progress->findChild<QPushButton *>(),
                                                Qt::LeftButton);
                          }));

    // The file stays, read as before, and the encoding chosen before is back.
    QCOMPARE(encoding->currentIndex(), 0);
    QCOMPARE(dialog.files(), QStringList{form});
    QCOMPARE(dialog.preview().counts().units, 5);
    const QString summary = dialog.findChild<QLabel *>(u"resultsSummary"_s)->text();
    QVERIFY2(summary.contains(encoding->currentText()), qPrintable(summary));
}

void TestImportResults::exportAReportingForm()
{
    m_window->showUnitByCode(u"905"_s);
    const QString path = m_dir->filePath(u"bieu-mau.xlsx"_s);
    FileDialog::setNextFileName(path);
    withDialog<ReportingFormDialog>(
        action(u"exportFormAction"_s), [&](ReportingFormDialog *dialog) {
            QCOMPARE(dialog->unitId(), TestSupport::unitIdOf(m_workspace->database(), u"905"_s));
            QVERIFY(!dialog->allBelow());
            dialog->accept();
        });
    QTRY_VERIFY(QFileInfo::exists(path));
    const auto workbook = WorkbookReader::read(path);
    QVERIFY(workbook.ok());
    QCOMPARE(ReportingForm::identify(*workbook)->unitCode, u"905"_s);
}

void TestImportResults::exportTheFormsOfAllBelow()
{
    m_window->showUnitByCode(u"91"_s);
    const QString folder = m_dir->filePath(u"bieu-mau"_s);
    QVERIFY(QDir().mkpath(folder));
    FileDialog::setNextFileName(folder);
    withDialog<ReportingFormDialog>(
        action(u"exportFormAction"_s), [&](ReportingFormDialog *dialog) {
            auto *below = dialog->findChild<QRadioButton *>(u"formAllBelow"_s);
            below->setFocus();
            QTest::keyClick(below, Qt::Key_Space);
            QVERIFY(dialog->allBelow());
            dialog->accept();
        });
    QTRY_COMPARE(QDir(folder).entryList(QDir::Files).size(), 15);
}

QTEST_MAIN(TestImportResults)
#include "tst_importresults.moc"
