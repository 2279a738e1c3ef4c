#include "CampaignRepository.h"
#include "ConferenceEdits.h"
#include "Database.h"
#include "FreshExample.h"
#include "RewardEdits.h"
#include "Schedule.h"
#include "TestSupport.h"
#include "UnitRepository.h"
#include "UnitTree.h"
#include "Workspace.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A commune of the Kiên Giang example.
const QString communeCode = u"30898"_s;

bool exec(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

// From now on the file refuses every change to a conference, as a file that another
// program holds, or that became read-only, would; on a server, as the server does when its
// administrator adds a rule against them.
bool refuseConferenceChanges(Database &database)
{
    if (database.isServer()) {
        return TestSupport::runServerSql(
            database.filePath(),
            u"CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS "
            "$$BEGIN RAISE EXCEPTION 'the file refuses the change'; END$$; "
            "CREATE TRIGGER refuse_conference_changes BEFORE UPDATE ON conferences "
            "FOR EACH ROW EXECUTE FUNCTION refuse_change();"_s);
    }
    return exec(database,
                u"CREATE TRIGGER refuse_conference_changes BEFORE UPDATE ON conferences BEGIN "
                "SELECT RAISE(ABORT, 'the file refuses the change'); END"_s);
}

} // namespace

/// The workspace keeps its promises: the undo history never offers a step that does not
/// match the file, and a file that cannot be opened leaves the previous one open with its
/// history and views as they were.
class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void failedUndoClearsTheHistory();
    void failedRedoClearsTheHistory();
    void undoOfARemovalThatRemovedNothingFails();
    void fileThatCannotBeReadLeavesThePreviousOneOpen();
    void importOfUnitsClearsTheHistoryAndTellsTheViews();
    void brokenImportOfUnitsKeepsTheHistory();

private:
    qint64 communeId() const;
    Conference storedConference() const;
    /// Records a new venue for the commune's conference through the undo stack.
    void recordVenue(const QString &venue);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(TestSupport::openFreshExample(*m_workspace, *m_dir));
    QVERIFY(communeId() > 0);
}

void TestWorkspace::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

qint64 TestWorkspace::communeId() const
{
    const auto unit = UnitRepository(m_workspace->database()).byCode(communeCode);
    return unit ? unit->id : 0;
}

Conference TestWorkspace::storedConference() const
{
    const auto stored = CampaignRepository(m_workspace->database())
                            .conference(m_workspace->campaignId(), communeId());
    return stored ? *stored : Conference();
}

void TestWorkspace::recordVenue(const QString &venue)
{
    const Conference before = storedConference();
    Conference after = before;
    after.venue = venue;
    const auto done = m_workspace->execute(
        new EditConferenceCommand(*m_workspace, before, after, u"Xã Bình An"_s));
    QVERIFY2(done, qPrintable(done.error()));
}

void TestWorkspace::failedUndoClearsTheHistory()
{
    recordVenue(u"Nhà văn hóa ấp Phú Hòa"_s);
    recordVenue(u"Hội trường xã"_s);
    QUndoStack *stack = m_workspace->undoStack();
    QCOMPARE(stack->count(), 2);

    QVERIFY(refuseConferenceChanges(m_workspace->database()));
    QSignalSpy errors(m_workspace.get(), &Workspace::errorOccurred);
    stack->undo();

    // The file keeps the change; the history no longer offers to undo it, nor to redo it
    // as if it had been undone, nor the step before it, which was made under it.
    QCOMPARE(storedConference().venue, u"Hội trường xã"_s);
    QCOMPARE(stack->count(), 0);
    QVERIFY(!stack->canUndo());
    QVERIFY(!stack->canRedo());
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(u"the file refuses the change"_s), qPrintable(message));
    QVERIFY2(message.contains(Workspace::tr("The undo history is cleared: its steps may no "
                                            "longer match the file.")),
             qPrintable(message));
}

void TestWorkspace::failedRedoClearsTheHistory()
{
    const QString venue = storedConference().venue;
    recordVenue(u"Hội trường xã"_s);
    QUndoStack *stack = m_workspace->undoStack();
    stack->undo();
    QCOMPARE(storedConference().venue, venue);
    QVERIFY(stack->canRedo());

    QVERIFY(refuseConferenceChanges(m_workspace->database()));
    QSignalSpy errors(m_workspace.get(), &Workspace::errorOccurred);
    stack->redo();

    // Not redone in the file, and not counted as done.
    QCOMPARE(storedConference().venue, venue);
    QCOMPARE(stack->count(), 0);
    QVERIFY(!stack->canUndo());
    QVERIFY(!stack->canRedo());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(u"the file refuses the change"_s),
             qPrintable(errors.first().first().toString()));
}

void TestWorkspace::undoOfARemovalThatRemovedNothingFails()
{
    // A removal that was never applied has nothing to put back: its undo cannot succeed.
    Reward reward;
    reward.id = 1;
    RemoveRewardCommand command(*m_workspace, reward, u"Giấy khen"_s);
    QVERIFY(!command.revert());
}

void TestWorkspace::fileThatCannotBeReadLeavesThePreviousOneOpen()
{
    recordVenue(u"Hội trường xã"_s);
    const QString first = m_workspace->filePath();
    const int units = m_workspace->units()->size();
    const auto schedule = m_workspace->schedule();
    QVERIFY(schedule);

    // A danvan file that opens but whose list of levels cannot be read to the end.
    const QString broken = m_dir->filePath(u"hỏng.sqlite"_s);
    QVERIFY(m_workspace->database().backUp(broken));
    {
        Database database;
        QVERIFY(database.open(broken));
        QVERIFY(exec(database, u"ALTER TABLE levels RENAME TO levels_stored"_s));
        QVERIFY(exec(database,
                     u"CREATE VIEW levels AS SELECT key, rank, name_vi, CASE WHEN rank = 3 THEN "
                     "abs(-9223372036854775808) ELSE name_en END AS name_en FROM levels_stored"_s));
    }

    QSignalSpy opened(m_workspace.get(), &Workspace::opened);
    QSignalSpy changed(m_workspace.get(), &Workspace::changed);
    const auto result = m_workspace->open(broken, Workspace::OpenIntent::Existing);
    QVERIFY(!result);
    QVERIFY2(result.error().contains(u"hỏng.sqlite"_s), qPrintable(result.error()));

    // The first file is still the one open, with everything read from it and its history.
    QCOMPARE(m_workspace->filePath(), first);
    QCOMPARE(m_workspace->units()->size(), units);
    QCOMPARE(m_workspace->schedule(), schedule);
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    QCOMPARE(opened.size(), 0);
    QCOMPARE(changed.size(), 0);
    // And it is still the one edits go to.
    recordVenue(u"Nhà văn hóa ấp"_s);
    Database check;
    QVERIFY(check.open(first));
    const auto stored = CampaignRepository(check).conference(
        m_workspace->campaignId(), UnitRepository(check).byCode(communeCode)->id);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored->venue, u"Nhà văn hóa ấp"_s);
}

void TestWorkspace::importOfUnitsClearsTheHistoryAndTellsTheViews()
{
    recordVenue(u"Hội trường xã"_s);
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    const int unitsBefore = m_workspace->units()->size();
    const QString file = TestSupport::writeFile(
        *m_dir, u"committees.csv"_s,
        u"code,name,kind,parent_code\n91-DBKCQ,Đảng bộ Khối Cơ quan tỉnh,đảng bộ,91\n"_s.toUtf8());
    QSignalSpy changed(m_workspace.get(), &Workspace::changed);
    bool refusedOlder = true;
    const auto imported = m_workspace->importUnits(file, QDate(), false, &refusedOlder);
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported->added, 1);
    QVERIFY(!refusedOlder);
    // Not an edit: the history before it no longer matches the file.
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<Workspace::Changes>(), Workspace::everything());
    QCOMPARE(m_workspace->units()->size(), unitsBefore + 1);
    QVERIFY(m_workspace->units()->indexOfCode(u"91-DBKCQ"_s) >= 0);
}

void TestWorkspace::brokenImportOfUnitsKeepsTheHistory()
{
    recordVenue(u"Hội trường xã"_s);
    const QString file = TestSupport::writeFile(
        *m_dir, u"broken.csv"_s,
        u"Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp\n"
        "Tỉnh Kiên Giang,91,Huyện Châu Thành,905,Xã Bình An,3O898,Xã\n"_s.toUtf8());
    QSignalSpy changed(m_workspace.get(), &Workspace::changed);
    const auto imported = m_workspace->importUnits(file, QDate(), false);
    QVERIFY(!imported);
    QVERIFY2(imported.error().contains(u"broken.csv"_s), qPrintable(imported.error()));
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    QVERIFY(changed.isEmpty());
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
