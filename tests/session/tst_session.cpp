#include "CampaignRepository.h"
#include "CatalogueRepository.h"
#include "Database.h"
#include "Edits.h"
#include "ExemplarRepository.h"
#include "FreshExample.h"
#include "OfficeSettings.h"
#include "RewardRepository.h"
#include "SteeringRepository.h"
#include "TestSupport.h"
#include "UnitRepository.h"
#include "Workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A commune of the Kiên Giang example.
const QString communeCode = u"30898"_s;

/// The lines of `after` that `before` lacks, for a failure's message.
QString difference(const QString &before, const QString &after)
{
    const QStringList beforeLines = before.split(u'\n');
    QStringList added;
    for (const QString &line : after.split(u'\n')) {
        if (!beforeLines.contains(line))
            added.append(line);
    }
    return added.mid(0, 5).join(u'\n');
}

} // namespace

/// Every kind of edit goes through the session's verbs without a widget: it changes the
/// database, undo puts back exactly what was there, redo makes exactly the change again.
class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void undoAndRedoPutBackExactlyWhatWasThere_data();
    void undoAndRedoPutBackExactlyWhatWasThere();
    void aRefusedEditLeavesNoStep();

private:
    qint64 communeId() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = std::make_unique<Workspace>();
    const auto example = TestSupport::freshExample(*m_dir);
    QVERIFY(!example.location.isEmpty());
    const auto opened = m_workspace->open(example.location, example.intent);
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(m_workspace->campaignId() > 0);
    QVERIFY(communeId() > 0);
}

void TestSession::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

qint64 TestSession::communeId() const
{
    const auto unit = UnitRepository(m_workspace->database()).byCode(communeCode);
    return unit ? unit->id : 0;
}

using Edit = std::function<Result<void>(Workspace &, qint64 campaignId, qint64 communeId)>;
Q_DECLARE_METATYPE(Edit)

void TestSession::undoAndRedoPutBackExactlyWhatWasThere_data()
{
    QTest::addColumn<Edit>("edit");
    // What is written first, outside the undo history, for the edit to change; may be empty.
    QTest::addColumn<Edit>("prepare");

    QTest::newRow("record a conference") << Edit([](Workspace &workspace, qint64 campaignId,
                                                    qint64 unitId) -> Result<void> {
        const auto before = CampaignRepository(workspace.database()).conference(campaignId, unitId);
        if (!before)
            return Failure{u"no conference"_s};
        Conference after = *before;
        after.venue = u"Hội trường Ủy ban nhân dân xã"_s;
        after.attendees = 123;
        return workspace.edits().recordConference(*before, after, u"Xã Bình An"_s);
    }) << Edit();
    QTest::newRow("add an exemplar")
        << Edit([](Workspace &workspace, qint64 campaignId, qint64 unitId) -> Result<void> {
               Exemplar exemplar;
               exemplar.campaignId = campaignId;
               exemplar.unitId = unitId;
               exemplar.recognisedBy = unitId;
               exemplar.kind = Exemplar::Kind::Individual;
               exemplar.name = u"Nguyễn Thị Ánh"_s;
               exemplar.money = 15'000'000;
               const auto saved = workspace.edits().saveExemplar(std::nullopt, exemplar);
               if (!saved)
                   return Failure{saved.error()};
               if (*saved <= 0)
                   return Failure{u"no id for the new exemplar"_s};
               return {};
           })
        << Edit();
    // The example has no exemplar and no reward: a step before adds one, as another program
    // would, outside the undo history.
    const Edit addExemplar = [](Workspace &workspace, qint64 campaignId,
                                qint64 unitId) -> Result<void> {
        Exemplar exemplar;
        exemplar.campaignId = campaignId;
        exemplar.unitId = unitId;
        exemplar.name = u"Mô hình Dân vận khéo"_s;
        const auto saved = ExemplarRepository(workspace.database()).save(exemplar);
        return saved ? Result<void>() : Result<void>(Failure{saved.error()});
    };
    QTest::newRow("remove an exemplar") << Edit(
        [](Workspace &workspace, qint64 campaignId, qint64) -> Result<void> {
            const auto exemplars = ExemplarRepository(workspace.database()).exemplars(campaignId);
            if (!exemplars || exemplars->isEmpty())
                return Failure{u"no exemplar"_s};
            return workspace.edits().removeExemplar(exemplars->first());
        }) << addExemplar;
    const Edit addReward = [](Workspace &workspace, qint64 campaignId,
                              qint64 unitId) -> Result<void> {
        const auto forms =
            CatalogueRepository(workspace.database(), CatalogueRepository::Catalogue::RewardForms)
                .entries();
        if (!forms || forms->isEmpty())
            return Failure{u"no reward form"_s};
        Reward reward;
        reward.campaignId = campaignId;
        reward.unitId = unitId;
        reward.formId = forms->first().id;
        reward.decisionNumber = u"125-QĐ/HU"_s;
        reward.recipients.append({0, Exemplar::Kind::Individual, u"Lê Văn Cường"_s, 0, 0});
        const auto saved = RewardRepository(workspace.database()).save(reward);
        return saved ? Result<void>() : Result<void>(Failure{saved.error()});
    };
    QTest::newRow("remove a reward")
        << Edit([](Workspace &workspace, qint64 campaignId, qint64) -> Result<void> {
               const auto rewards = RewardRepository(workspace.database()).rewards(campaignId);
               if (!rewards || rewards->isEmpty())
                   return Failure{u"no reward"_s};
               return workspace.edits().removeReward(rewards->first(), u"Giấy khen"_s);
           })
        << addReward;
    QTest::newRow("add a steering group") << Edit(
        [](Workspace &workspace, qint64 campaignId, qint64) -> Result<void> {
            SteeringGroup group;
            group.campaignId = campaignId;
            group.name = u"Tổ 9"_s;
            group.members.append({0, u"Trần Văn Bình"_s, u"Phó Trưởng Ban"_s, u"0913 000 000"_s});
            const auto saved = workspace.edits().saveSteeringGroup(std::nullopt, group);
            return saved ? Result<void>() : Result<void>(Failure{saved.error()});
        }) << Edit();
    QTest::newRow("set a special deadline") << Edit([](Workspace &workspace, qint64 campaignId,
                                                       qint64 unitId) -> Result<void> {
        return workspace.edits().setSpecialDeadline(campaignId, unitId, u"commune"_s, std::nullopt,
                                                    Period::month(2020, 4), u"Xã Bình An"_s);
    }) << Edit();
    QTest::newRow("leave a unit out") << Edit(
        [](Workspace &workspace, qint64 campaignId, qint64 unitId) -> Result<void> {
            return workspace.edits().setParticipation(campaignId, unitId, u"Xã Bình An"_s, false);
        }) << Edit();
    QTest::newRow("rename the campaign")
        << Edit([](Workspace &workspace, qint64, qint64) -> Result<void> {
               return workspace.edits().renameCampaign(*workspace.campaign(), u"Tổng kết mới"_s,
                                                       u"2021-2025"_s);
           })
        << Edit();
    QTest::newRow("close the campaign")
        << Edit([](Workspace &workspace, qint64, qint64) -> Result<void> {
               return workspace.edits().closeCampaign(*workspace.campaign(), true);
           })
        << Edit();
    QTest::newRow("delete the campaign")
        << Edit([](Workspace &workspace, qint64, qint64) -> Result<void> {
               return workspace.edits().deleteCampaign(*workspace.campaign());
           })
        << Edit();
    QTest::newRow("add a field") << Edit([](Workspace &workspace, qint64, qint64) -> Result<void> {
        return workspace.edits().addCatalogueEntry(CatalogueRepository::Catalogue::Fields,
                                                   u"Chuyển đổi số"_s);
    }) << Edit();
    QTest::newRow("change the issuing body")
        << Edit([](Workspace &workspace, qint64, qint64) -> Result<void> {
               const QString key = QString::fromLatin1(OfficeSettings::IssuingBody.key);
               const auto settings = OfficeSettings::read(workspace.database());
               if (!settings)
                   return Failure{settings.error()};
               const QHash<QString, QString> before = settings->texts({key});
               QHash<QString, QString> after = before;
               after.insert(key, u"BAN TUYÊN GIÁO VÀ DÂN VẬN"_s);
               return workspace.edits().changeOfficeSettings({key}, before, after);
           })
        << Edit();
}

void TestSession::undoAndRedoPutBackExactlyWhatWasThere()
{
    QFETCH(Edit, edit);
    QFETCH(Edit, prepare);
    if (prepare) {
        const auto prepared = prepare(*m_workspace, m_workspace->campaignId(), communeId());
        QVERIFY2(prepared, qPrintable(prepared.error()));
    }
    QUndoStack *stack = m_workspace->undoStack();
    const int steps = stack->count();
    const QString before = TestSupport::dump(m_workspace->database());

    const auto done = edit(*m_workspace, m_workspace->campaignId(), communeId());
    QVERIFY2(done, qPrintable(done.error()));
    QCOMPARE(stack->count(), steps + 1);
    QVERIFY(stack->canUndo());
    QVERIFY(!stack->undoText().isEmpty());
    const QString after = TestSupport::dump(m_workspace->database());
    QVERIFY2(after != before, "the edit changed nothing");

    stack->undo();
    const QString undone = TestSupport::dump(m_workspace->database());
    QVERIFY2(undone == before,
             qPrintable(u"undo left: "_s + difference(before, undone) + u"\nand lost: "_s
                        + difference(undone, before)));
    QCOMPARE(stack->count(), steps + 1);
    QVERIFY(stack->canRedo());

    stack->redo();
    const QString redone = TestSupport::dump(m_workspace->database());
    QVERIFY2(redone == after,
             qPrintable(u"redo made: "_s + difference(after, redone) + u"\ninstead of: "_s
                        + difference(redone, after)));
    QVERIFY(stack->canUndo());
}

void TestSession::aRefusedEditLeavesNoStep()
{
    QUndoStack *stack = m_workspace->undoStack();
    const int steps = stack->count();
    const QString before = TestSupport::dump(m_workspace->database());

    // A reward without a recipient is refused before anything is written.
    Reward reward;
    reward.campaignId = m_workspace->campaignId();
    reward.unitId = communeId();
    const auto forms =
        CatalogueRepository(m_workspace->database(), CatalogueRepository::Catalogue::RewardForms)
            .entries();
    QVERIFY2(forms && !forms->isEmpty(), "the example has reward forms");
    reward.formId = forms->first().id;
    const auto saved = m_workspace->edits().saveReward(std::nullopt, reward, forms->first().name);
    QVERIFY(!saved);
    QVERIFY(!saved.error().isEmpty());
    QCOMPARE(stack->count(), steps);
    QCOMPARE(TestSupport::dump(m_workspace->database()), before);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
