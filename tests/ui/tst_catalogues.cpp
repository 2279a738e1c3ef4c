#include "CatalogueEditor.h"
#include "CatalogueRepository.h"
#include "CataloguesDialog.h"
#include "FreshExample.h"
#include "InputFields.h"
#include "KeyInput.h"
#include "RewardRepository.h"
#include "TestSupport.h"
#include "UnitTree.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using KeyInput::typeText;

Q_DECLARE_METATYPE(CatalogueRepository::Catalogue)

/// The lists dialog, driven offscreen on the Kiên Giang example: fields of activity and reward
/// forms added, renamed and removed, each undone; duplicates and entries in use refused.
class TestCatalogues : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tabsShowTheSeededLists();
    void fieldAddedRenamedRemovedAndUndone();
    void duplicateNameRefused_data();
    void duplicateNameRefused();
    void renameToADuplicateRefused();
    void rewardFormInUseStays();

private:
    CatalogueEditor *editor(CatalogueRepository::Catalogue catalogue) const;
    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }
    static void replaceText(QWidget *widget, const QString &text);
    QStringList names(CatalogueRepository::Catalogue catalogue) const;
    QStringList shownNames(CatalogueRepository::Catalogue catalogue) const;
    void choose(CatalogueRepository::Catalogue catalogue, const QString &name);
    /// Types a name and presses Add.
    void addThroughTheDialog(CatalogueRepository::Catalogue catalogue, const QString &name);

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_workspace = nullptr;
    CataloguesDialog *m_dialog = nullptr;
};

void TestCatalogues::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCatalogues::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_workspace = new Workspace;
    QVERIFY(TestSupport::openFreshExample(*m_workspace, *m_dir));
    m_dialog = new CataloguesDialog(*m_workspace);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    for (CatalogueEditor *each : {m_dialog->fieldsEditor(), m_dialog->rewardFormsEditor()}) {
        auto *list = child<QListView>(each, u"catalogueList"_s);
        QVERIFY(list);
        new QAbstractItemModelTester(list->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, list);
    }
}

void TestCatalogues::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
    delete m_workspace;
    m_workspace = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

CatalogueEditor *TestCatalogues::editor(CatalogueRepository::Catalogue catalogue) const
{
    auto *tabs = child<QTabWidget>(m_dialog, u"catalogueTabs"_s);
    CatalogueEditor *wanted = catalogue == CatalogueRepository::Catalogue::Fields
        ? child<CatalogueEditor>(m_dialog, u"fieldsEditor"_s)
        : child<CatalogueEditor>(m_dialog, u"rewardFormsEditor"_s);
    tabs->setCurrentWidget(wanted);
    return wanted;
}

void TestCatalogues::replaceText(QWidget *widget, const QString &text)
{
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    typeText(widget, text);
}

QStringList TestCatalogues::names(CatalogueRepository::Catalogue catalogue) const
{
    QStringList list;
    const auto entries = CatalogueRepository(m_workspace->database(), catalogue).entries();
    for (const CatalogueEntry &entry : entries ? *entries : QList<CatalogueEntry>())
        list.append(entry.name);
    return list;
}

QStringList TestCatalogues::shownNames(CatalogueRepository::Catalogue catalogue) const
{
    QStringList list;
    const QAbstractItemModel *model =
        child<QListView>(editor(catalogue), u"catalogueList"_s)->model();
    for (int row = 0; row < model->rowCount(); ++row)
        list.append(model->index(row, 0).data().toString());
    return list;
}

void TestCatalogues::choose(CatalogueRepository::Catalogue catalogue, const QString &name)
{
    auto *list = child<QListView>(editor(catalogue), u"catalogueList"_s);
    const QModelIndexList found = list->model()->match(list->model()->index(0, 0), Qt::DisplayRole,
                                                       name, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    const QRect rect = list->visualRect(found.first());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(list->currentIndex(), found.first());
    // Choosing an entry puts its name in the field, to rename it.
    QCOMPARE(child<QLineEdit>(editor(catalogue), u"catalogueName"_s)->text(), name);
}

void TestCatalogues::addThroughTheDialog(CatalogueRepository::Catalogue catalogue,
                                         const QString &name)
{
    CatalogueEditor *each = editor(catalogue);
    auto *field = child<QLineEdit>(each, u"catalogueName"_s);
    field->setFocus();
    replaceText(field, name);
    QCOMPARE(field->text(), name);
    QTest::mouseClick(child<QPushButton>(each, u"addEntryButton"_s), Qt::LeftButton);
}

void TestCatalogues::tabsShowTheSeededLists()
{
    auto *tabs = child<QTabWidget>(m_dialog, u"catalogueTabs"_s);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), u"Fields of activity"_s);
    QCOMPARE(tabs->tabText(1), u"Reward forms"_s);
    const QStringList fields{u"Kinh tế"_s, u"Văn hóa – xã hội"_s, u"Quốc phòng – an ninh"_s,
                             u"Xây dựng Đảng và hệ thống chính trị"_s};
    QCOMPARE(shownNames(CatalogueRepository::Catalogue::Fields), fields);
    QCOMPARE(shownNames(CatalogueRepository::Catalogue::RewardForms),
             (QStringList{u"Giấy khen"_s, u"Bằng khen"_s, u"Cờ thi đua"_s, u"Kỷ niệm chương"_s,
                          u"Biểu dương"_s}));
}

void TestCatalogues::fieldAddedRenamedRemovedAndUndone()
{
    const auto fields = CatalogueRepository::Catalogue::Fields;
    CatalogueEditor *each = editor(fields);
    const QString original = TestSupport::dump(m_workspace->database());
    const QStringList seeded = names(fields);

    // Enter in the name adds it, as the Add button does.
    auto *field = child<QLineEdit>(each, u"catalogueName"_s);
    field->setFocus();
    typeText(field, u"Xây dựng nông thôn mới"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(names(fields), seeded + QStringList{u"Xây dựng nông thôn mới"_s});
    QTRY_COMPARE(shownNames(fields), names(fields));
    QCOMPARE(m_workspace->undoStack()->undoText(),
             u"add the field of activity “Xây dựng nông thôn mới”"_s);
    QVERIFY(m_dialog->isVisible()); // Enter did not close the dialog
    const QString added = TestSupport::dump(m_workspace->database());

    choose(fields, u"Xây dựng nông thôn mới"_s);
    replaceText(field, u"Xây dựng nông thôn mới, đô thị văn minh"_s);
    QTest::mouseClick(child<QPushButton>(each, u"renameEntryButton"_s), Qt::LeftButton);
    QCOMPARE(names(fields).constLast(), u"Xây dựng nông thôn mới, đô thị văn minh"_s);
    QTRY_COMPARE(shownNames(fields), names(fields));
    const QString renamed = TestSupport::dump(m_workspace->database());

    choose(fields, u"Xây dựng nông thôn mới, đô thị văn minh"_s);
    QTest::mouseClick(child<QPushButton>(each, u"removeEntryButton"_s), Qt::LeftButton);
    QCOMPARE(names(fields), seeded);
    QTRY_COMPARE(shownNames(fields), seeded);

    // The dialog's own Undo button, then the stack: each step back exactly.
    QTest::mouseClick(child<QPushButton>(m_dialog, u"catalogueUndoButton"_s), Qt::LeftButton);
    QCOMPARE(TestSupport::dump(m_workspace->database()), renamed);
    QTRY_COMPARE(shownNames(fields), names(fields));
    m_workspace->undoStack()->undo();
    QCOMPARE(TestSupport::dump(m_workspace->database()), added);
    m_workspace->undoStack()->undo();
    QCOMPARE(TestSupport::dump(m_workspace->database()), original);
    QTRY_COMPARE(shownNames(fields), seeded);
    QVERIFY(!child<QPushButton>(m_dialog, u"catalogueUndoButton"_s)->isEnabled());
}

void TestCatalogues::duplicateNameRefused_data()
{
    QTest::addColumn<CatalogueRepository::Catalogue>("catalogue");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("attempt");
    QTest::addColumn<QString>("existing");
    const auto fields = CatalogueRepository::Catalogue::Fields;
    const auto forms = CatalogueRepository::Catalogue::RewardForms;
    QTest::newRow("same name") << fields << QString() << u"Kinh tế"_s << u"Kinh tế"_s;
    QTest::newRow("case and spaces") << fields << QString() << u"kinh   TẾ"_s << u"Kinh tế"_s;
    QTest::newRow("hoá for hóa") << fields << QString() << u"Văn hoá – xã hội"_s
                                 << u"Văn hóa – xã hội"_s;
    QTest::newRow("Hoà for Hòa") << fields << u"Hòa giải ở cơ sở"_s << u"Hoà giải ở cơ sở"_s
                                 << u"Hòa giải ở cơ sở"_s;
    QTest::newRow("reward form") << forms << QString() << u"giấy khen"_s << u"Giấy khen"_s;
}

void TestCatalogues::duplicateNameRefused()
{
    QFETCH(CatalogueRepository::Catalogue, catalogue);
    QFETCH(QString, first);
    QFETCH(QString, attempt);
    QFETCH(QString, existing);
    if (!first.isEmpty()) {
        addThroughTheDialog(catalogue, first);
        QCOMPARE(names(catalogue).constLast(), first);
    }
    const QString before = TestSupport::dump(m_workspace->database());
    const int edits = m_workspace->undoStack()->count();
    CatalogueEditor *each = editor(catalogue);
    addThroughTheDialog(catalogue, attempt);

    auto *message = child<QLabel>(each, u"catalogueMessage"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(existing), qPrintable(message->text()));
    auto *field = child<QLineEdit>(each, u"catalogueName"_s);
    QVERIFY(FieldMark::isInvalid(field));
    QCOMPARE(field->text(), attempt);
    QCOMPARE(TestSupport::dump(m_workspace->database()), before);
    QCOMPARE(m_workspace->undoStack()->count(), edits);
}

void TestCatalogues::renameToADuplicateRefused()
{
    const auto fields = CatalogueRepository::Catalogue::Fields;
    CatalogueEditor *each = editor(fields);
    const QString before = TestSupport::dump(m_workspace->database());
    choose(fields, u"Quốc phòng – an ninh"_s);
    replaceText(child<QLineEdit>(each, u"catalogueName"_s), u"KINH TE"_s);
    QTest::mouseClick(child<QPushButton>(each, u"renameEntryButton"_s), Qt::LeftButton);
    // "KINH TE" differs from "Kinh tế" by its tone: a different name, so it is taken...
    QCOMPARE(names(fields).at(2), u"KINH TE"_s);
    m_workspace->undoStack()->undo();
    QCOMPARE(TestSupport::dump(m_workspace->database()), before);
    // ...while "KINH TẾ" is the same name as "Kinh tế" and is refused.
    choose(fields, u"Quốc phòng – an ninh"_s);
    replaceText(child<QLineEdit>(each, u"catalogueName"_s), u"KINH TẾ"_s);
    QTest::mouseClick(child<QPushButton>(each, u"renameEntryButton"_s), Qt::LeftButton);
    QVERIFY(child<QLabel>(each, u"catalogueMessage"_s)->text().contains(u"Kinh tế"_s));
    QCOMPARE(TestSupport::dump(m_workspace->database()), before);
    QCOMPARE(m_workspace->undoStack()->count(), 1);
}

void TestCatalogues::rewardFormInUseStays()
{
    const auto forms = CatalogueRepository::Catalogue::RewardForms;
    // Bình An's conference gave a Bằng khen.
    const auto entries = CatalogueRepository(m_workspace->database(), forms).entries();
    QVERIFY(entries.ok());
    qint64 bangKhen = 0;
    for (const CatalogueEntry &entry : *entries) {
        if (entry.name == u"Bằng khen"_s)
            bangKhen = entry.id;
    }
    QVERIFY(bangKhen);
    const auto units = m_workspace->units();
    Reward reward;
    reward.campaignId = m_workspace->campaignId();
    reward.unitId = units->at(units->indexOfCode(u"30898"_s)).id;
    reward.formId = bangKhen;
    reward.issuer = u"Ủy ban nhân dân tỉnh Kiên Giang"_s;
    reward.decisionNumber = u"1234/QĐ-UBND"_s;
    reward.decisionDate = QDate(2020, 5, 20);
    reward.recipients.append(
        {0, Exemplar::Kind::Collective, u"Hội Nông dân xã Bình An"_s, reward.unitId, 0});
    const auto saved = RewardRepository(m_workspace->database()).save(reward);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));

    CatalogueEditor *each = editor(forms);
    const QString before = TestSupport::dump(m_workspace->database());
    choose(forms, u"Bằng khen"_s);
    QTest::mouseClick(child<QPushButton>(each, u"removeEntryButton"_s), Qt::LeftButton);
    auto *message = child<QLabel>(each, u"catalogueMessage"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"Bằng khen"_s), qPrintable(message->text()));
    QVERIFY2(message->text().contains(u'1'), qPrintable(message->text()));
    QCOMPARE(TestSupport::dump(m_workspace->database()), before);
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    QCOMPARE(shownNames(forms).size(), 5);

    // One nothing uses goes, and comes back in its place.
    choose(forms, u"Kỷ niệm chương"_s);
    QTest::mouseClick(child<QPushButton>(each, u"removeEntryButton"_s), Qt::LeftButton);
    QVERIFY(!message->isVisible());
    QCOMPARE(names(forms),
             (QStringList{u"Giấy khen"_s, u"Bằng khen"_s, u"Cờ thi đua"_s, u"Biểu dương"_s}));
    QCOMPARE(m_workspace->undoStack()->undoText(), u"remove the reward form “Kỷ niệm chương”"_s);
    m_workspace->undoStack()->undo();
    QCOMPARE(names(forms).at(3), u"Kỷ niệm chương"_s);
    QCOMPARE(TestSupport::dump(m_workspace->database()), before);
}

QTEST_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
