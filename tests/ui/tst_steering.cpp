#include "FreshExample.h"
#include "KeyInput.h"
#include "SteeringRepository.h"
#include "SteeringView.h"
#include "TestSupport.h"
#include "UnitTree.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using KeyInput::typeText;

/// The steering groups page, driven offscreen on the Kiên Giang example: groups with their
/// members, the communes each follows, reassignments and removals undone.
class TestSteering : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pageTitle();
    void groupWithMemberTyped_data();
    void groupWithMemberTyped();
    void memberEditedAndRemoved();
    void communesGivenToTwoGroups();
    void unitReassignedAndUndone();
    void unitTakenFromGroupAndUndone();
    void groupRemovedAndUndone();
    void filterFindsBothBinhAn_data();
    void filterFindsBothBinhAn();
    void followedUnitOpens();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = m_view->findChild<T *>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }
    static void replaceText(QWidget *widget, const QString &text);
    static void clickOk(QDialog *dialog);
    /// Drives the next modal dialog, which must be `name`, once it is shown.
    void whenDialogShows(const QString &name, std::function<void(QDialog *)> drive);

    QList<qint64> unitsUnder(const QString &districtCode) const;
    QList<SteeringGroup> groups() const;
    QHash<qint64, qint64> assignments() const;
    qint64 groupId(const QString &name) const;

    void addGroup(const QString &name);
    void addMember(const QString &name, const QString &title, const QString &phone);
    void chooseGroup(const QString &name);
    /// Gives the current group the units under a district, through the add-units dialog.
    void giveDistrict(const QString &districtLabel, int expectedCount);
    /// Tổ 1 following Châu Thành's ten communes and Tổ 2 Kiên Lương's eight, each with a
    /// member.
    void setUpTwoGroups();

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_workspace = nullptr;
    SteeringView *m_view = nullptr;
};

void TestSteering::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSteering::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_workspace = new Workspace;
    QVERIFY(TestSupport::openFreshExample(*m_workspace, *m_dir));
    m_view = new SteeringView(*m_workspace);
    m_view->resize(650, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    for (const char *name : {"steeringGroupList", "steeringMemberView", "followedUnitView"}) {
        auto *view = find<QAbstractItemView>(QString::fromLatin1(name));
        QVERIFY(view);
        new QAbstractItemModelTester(view->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, view);
    }
}

void TestSteering::cleanup()
{
    delete m_view;
    m_view = nullptr;
    delete m_workspace;
    m_workspace = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void TestSteering::replaceText(QWidget *widget, const QString &text)
{
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    typeText(widget, text);
}

void TestSteering::clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok && ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestSteering::whenDialogShows(const QString &name, std::function<void(QDialog *)> drive)
{
    QTimer::singleShot(0, this, [name, drive] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != name) {
            if (dialog)
                dialog->reject();
            QFAIL(qPrintable(u"expected the dialog %1"_s.arg(name)));
        }
        drive(dialog);
        // A failed step leaves no dialog waiting for an answer that never comes.
        if (dialog->isVisible())
            dialog->reject();
    });
}

QList<qint64> TestSteering::unitsUnder(const QString &districtCode) const
{
    const auto units = m_workspace->units();
    QList<qint64> ids;
    for (int child : units->children(units->indexOfCode(districtCode)))
        ids.append(units->at(child).id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<SteeringGroup> TestSteering::groups() const
{
    const auto read = SteeringRepository(m_workspace->database()).groups(m_workspace->campaignId());
    return read ? *read : QList<SteeringGroup>();
}

QHash<qint64, qint64> TestSteering::assignments() const
{
    const auto read =
        SteeringRepository(m_workspace->database()).assignments(m_workspace->campaignId());
    return read ? *read : QHash<qint64, qint64>();
}

qint64 TestSteering::groupId(const QString &name) const
{
    for (const SteeringGroup &group : groups()) {
        if (group.name == name)
            return group.id;
    }
    return 0;
}

void TestSteering::addGroup(const QString &name)
{
    whenDialogShows(u"steeringGroupNameDialog"_s, [name](QDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>();
        QVERIFY(edit);
        replaceText(edit, name);
        QCOMPARE(edit->text(), name);
        clickOk(dialog);
    });
    QTest::mouseClick(find<QPushButton>(u"addGroupButton"_s), Qt::LeftButton);
    QVERIFY(!QTest::currentTestFailed());
    QTRY_COMPARE(find<QListView>(u"steeringGroupList"_s)->currentIndex().data().toString(), name);
}

void TestSteering::addMember(const QString &name, const QString &title, const QString &phone)
{
    whenDialogShows(u"steeringMemberDialog"_s, [name, title, phone](QDialog *dialog) {
        auto *nameField = dialog->findChild<QLineEdit *>(u"memberName"_s);
        auto *titleField = dialog->findChild<QLineEdit *>(u"memberTitle"_s);
        auto *phoneField = dialog->findChild<QLineEdit *>(u"memberPhone"_s);
        QVERIFY(nameField && titleField && phoneField);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        // A member without a name cannot be saved.
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        typeText(nameField, name);
        typeText(titleField, title);
        typeText(phoneField, phone);
        clickOk(dialog);
    });
    QTest::mouseClick(find<QPushButton>(u"addMemberButton"_s), Qt::LeftButton);
    QVERIFY(!QTest::currentTestFailed());
}

void TestSteering::chooseGroup(const QString &name)
{
    auto *list = find<QListView>(u"steeringGroupList"_s);
    const QModelIndexList found = list->model()->match(list->model()->index(0, 0), Qt::DisplayRole,
                                                       name, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    list->setCurrentIndex(found.first());
    QCOMPARE(list->currentIndex().data().toString(), name);
}

void TestSteering::giveDistrict(const QString &districtLabel, int expectedCount)
{
    whenDialogShows(u"addUnitsDialog"_s, [districtLabel, expectedCount](QDialog *dialog) {
        auto *view = dialog->findChild<QTableView *>(u"unitPickerView"_s);
        auto *under = dialog->findChild<QComboBox *>(u"unitUnder"_s);
        QVERIFY(view && under);
        new QAbstractItemModelTester(
            view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, dialog);
        const int at = under->findText(districtLabel);
        QVERIFY2(at > 0, qPrintable(districtLabel));
        under->setCurrentIndex(at);
        QTRY_COMPARE(view->model()->rowCount(), expectedCount);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"checkShownButton"_s), Qt::LeftButton);
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QCOMPARE(view->model()->index(row, 0).data(Qt::CheckStateRole).toInt(),
                     int(Qt::Checked));
        QVERIFY(dialog->findChild<QLabel *>(u"checkedCount"_s)
                    ->text()
                    .contains(QString::number(expectedCount)));
        clickOk(dialog);
    });
    QTest::mouseClick(find<QPushButton>(u"addUnitsButton"_s), Qt::LeftButton);
    QVERIFY(!QTest::currentTestFailed());
}

void TestSteering::setUpTwoGroups()
{
    addGroup(u"Tổ 1"_s);
    addMember(u"Trần Văn Bình"_s, u"Phó Trưởng Ban Dân vận Huyện ủy"_s, u"0297 3 841 234"_s);
    giveDistrict(u"Huyện Châu Thành"_s, 10);
    addGroup(u"Tổ 2"_s);
    addMember(u"Nguyễn Thị Hồng"_s, u"Chủ tịch Ủy ban MTTQ Việt Nam huyện"_s, u"0913 456 789"_s);
    giveDistrict(u"Huyện Kiên Lương"_s, 8);
}

void TestSteering::pageTitle()
{
    QCOMPARE(m_view->windowTitle(), u"Steering groups"_s);
    QCOMPARE(find<QListView>(u"steeringGroupList"_s)->model()->rowCount(), 0);
    // Without a group there is nothing to add members or units to.
    QVERIFY(!find<QPushButton>(u"addMemberButton"_s)->isEnabled());
    QVERIFY(!find<QPushButton>(u"addUnitsButton"_s)->isEnabled());
    QVERIFY(find<QPushButton>(u"addGroupButton"_s)->isEnabled());
}

void TestSteering::groupWithMemberTyped_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("phone");
    QTest::newRow("deputy head") << u"Tổ 1"_s << u"Trần Văn Bình"_s
                                 << u"Phó Trưởng Ban Dân vận Huyện ủy"_s << u"0297 3 841 234"_s;
    QTest::newRow("front") << u"Tổ 2"_s << u"Nguyễn Thị Hồng"_s
                           << u"Chủ tịch Ủy ban MTTQ Việt Nam huyện"_s << u"0913 456 789"_s;
    QTest::newRow("no phone") << u"Tổ chỉ đạo số 3"_s << u"Lê Đức Thuận"_s
                              << u"Chánh Văn phòng Huyện ủy"_s << QString();
}

void TestSteering::groupWithMemberTyped()
{
    QFETCH(QString, group);
    QFETCH(QString, name);
    QFETCH(QString, title);
    QFETCH(QString, phone);
    addGroup(group);
    addMember(name, title, phone);

    const QList<SteeringGroup> saved = groups();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().name, group);
    QCOMPARE(saved.first().members.size(), 1);
    QCOMPARE(saved.first().members.first().name, name);
    QCOMPARE(saved.first().members.first().title, title);
    QCOMPARE(saved.first().members.first().phone, phone);

    auto *members = find<QTableView>(u"steeringMemberView"_s);
    QTRY_COMPARE(members->model()->rowCount(), 1);
    QCOMPARE(members->model()->index(0, 0).data().toString(), name);
    QCOMPARE(members->model()->index(0, 1).data().toString(), title);
    QCOMPARE(members->model()->index(0, 2).data().toString(), phone);
    QVERIFY(find<QWidget>(u"steeringMembersBox"_s)->findChild<QTableView *>());

    // Two edits, each undone on its own: the member, then the group.
    QCOMPARE(m_workspace->undoStack()->count(), 2);
    m_workspace->undoStack()->undo();
    QCOMPARE(groups().first().members.size(), 0);
    QTRY_COMPARE(members->model()->rowCount(), 0);
    m_workspace->undoStack()->undo();
    QCOMPARE(groups().size(), 0);
    QTRY_COMPARE(find<QListView>(u"steeringGroupList"_s)->model()->rowCount(), 0);
}

void TestSteering::memberEditedAndRemoved()
{
    addGroup(u"Tổ 1"_s);
    addMember(u"Trần Văn Bình"_s, u"Ủy viên"_s, u"0297 3 841 234"_s);
    addMember(u"Nguyễn Thị Hồng"_s, u"Ủy viên"_s, QString());
    const QString before = TestSupport::dump(m_workspace->database());
    auto *members = find<QTableView>(u"steeringMemberView"_s);
    QTRY_COMPARE(members->model()->rowCount(), 2);

    members->setCurrentIndex(members->model()->index(1, 0));
    whenDialogShows(u"steeringMemberDialog"_s, [](QDialog *dialog) {
        auto *title = dialog->findChild<QLineEdit *>(u"memberTitle"_s);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"memberName"_s)->text(), u"Nguyễn Thị Hồng"_s);
        replaceText(title, u"Trưởng ban Tuyên giáo Huyện ủy"_s);
        clickOk(dialog);
    });
    QTest::mouseClick(find<QPushButton>(u"editMemberButton"_s), Qt::LeftButton);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(groups().first().members.at(1).title, u"Trưởng ban Tuyên giáo Huyện ủy"_s);
    QVERIFY(m_workspace->undoStack()->undoText().contains(u"Tổ 1"_s));

    members->setCurrentIndex(members->model()->index(0, 0));
    QTest::mouseClick(find<QPushButton>(u"removeMemberButton"_s), Qt::LeftButton);
    QCOMPARE(groups().first().members.size(), 1);
    QCOMPARE(groups().first().members.first().name, u"Nguyễn Thị Hồng"_s);

    m_workspace->undoStack()->undo();
    m_workspace->undoStack()->undo();
    QCOMPARE(TestSupport::dump(m_workspace->database()), before);
    QTRY_COMPARE(members->model()->index(1, 1).data().toString(), u"Ủy viên"_s);
}

void TestSteering::communesGivenToTwoGroups()
{
    setUpTwoGroups();
    const qint64 first = groupId(u"Tổ 1"_s);
    const qint64 second = groupId(u"Tổ 2"_s);
    QVERIFY(first && second && first != second);

    const QList<qint64> chauThanh = unitsUnder(u"905"_s);
    const QList<qint64> kienLuong = unitsUnder(u"902"_s);
    QCOMPARE(chauThanh.size(), 10);
    QCOMPARE(kienLuong.size(), 8);
    const QHash<qint64, qint64> assigned = assignments();
    QCOMPARE(assigned.size(), 18);
    for (qint64 unit : chauThanh)
        QCOMPARE(assigned.value(unit), first);
    for (qint64 unit : kienLuong)
        QCOMPARE(assigned.value(unit), second);

    // The page shows the chosen group's units, the repeated name with its district.
    auto *followed = find<QTableView>(u"followedUnitView"_s);
    QTRY_COMPARE(followed->model()->rowCount(), 8);
    chooseGroup(u"Tổ 1"_s);
    QTRY_COMPARE(followed->model()->rowCount(), 10);
    QStringList shown;
    for (int row = 0; row < followed->model()->rowCount(); ++row)
        shown.append(followed->model()->index(row, 0).data().toString());
    QVERIFY2(shown.contains(u"Xã Bình An (Huyện Châu Thành)"_s), qPrintable(shown.join(u", ")));
    QVERIFY(shown.contains(u"Thị trấn Minh Lương"_s));
    QVERIFY(find<QWidget>(u"followedUnitsBox"_s)->property("title").toString().contains(u"10"_s));
}

void TestSteering::unitReassignedAndUndone()
{
    setUpTwoGroups();
    const qint64 binhAn = TestSupport::unitIdOf(m_workspace->database(), u"30898"_s);
    const qint64 first = groupId(u"Tổ 1"_s);
    const qint64 second = groupId(u"Tổ 2"_s);
    QCOMPARE(assignments().value(binhAn), first);
    const QString before = TestSupport::dump(m_workspace->database());

    whenDialogShows(u"chooseSteeringGroupDialog"_s, [](QDialog *dialog) {
        auto *choice = dialog->findChild<QComboBox *>(u"steeringGroupChoice"_s);
        QVERIFY(choice);
        // It starts at the group that follows the unit now.
        QCOMPARE(choice->currentText(), u"Tổ 1"_s);
        QCOMPARE(choice->count(), 3); // the two groups and "none"
        choice->setCurrentIndex(choice->findText(u"Tổ 2"_s));
        clickOk(dialog);
    });
    m_view->assignUnits({binhAn});
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(assignments().value(binhAn), second);
    QCOMPARE(assignments().size(), 18);
    const QString undoText = m_workspace->undoStack()->undoText();
    QVERIFY2(undoText.contains(u"Xã Bình An (Huyện Châu Thành)"_s), qPrintable(undoText));
    QVERIFY2(undoText.contains(u"Tổ 2"_s), qPrintable(undoText));

    m_workspace->undoStack()->undo();
    QCOMPARE(assignments().value(binhAn), first);
    QCOMPARE(TestSupport::dump(m_workspace->database()), before);
    m_workspace->undoStack()->redo();
    QCOMPARE(assignments().value(binhAn), second);
}

void TestSteering::unitTakenFromGroupAndUndone()
{
    setUpTwoGroups();
    chooseGroup(u"Tổ 1"_s);
    auto *followed = find<QTableView>(u"followedUnitView"_s);
    QTRY_COMPARE(followed->model()->rowCount(), 10);
    const QString before = TestSupport::dump(m_workspace->database());
    followed->selectRow(0);
    followed->selectionModel()->select(followed->model()->index(1, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::mouseClick(find<QPushButton>(u"removeUnitsButton"_s), Qt::LeftButton);
    QTRY_COMPARE(followed->model()->rowCount(), 8);
    QCOMPARE(assignments().size(), 16);

    m_workspace->undoStack()->undo();
    QTRY_COMPARE(followed->model()->rowCount(), 10);
    QCOMPARE(TestSupport::dump(m_workspace->database()), before);
}

void TestSteering::groupRemovedAndUndone()
{
    setUpTwoGroups();
    const QString before = TestSupport::dump(m_workspace->database());
    const QList<SteeringGroup> groupsBefore = groups();
    chooseGroup(u"Tổ 1"_s);
    QTest::mouseClick(find<QPushButton>(u"removeGroupButton"_s), Qt::LeftButton);

    QCOMPARE(groups().size(), 1);
    QCOMPARE(groups().first().name, u"Tổ 2"_s);
    // The communes it followed are followed by none.
    QCOMPARE(assignments().size(), 8);
    auto *list = find<QListView>(u"steeringGroupList"_s);
    QTRY_COMPARE(list->model()->rowCount(), 1);

    m_workspace->undoStack()->undo();
    // Members and units back, the group in its place before Tổ 2.
    QCOMPARE(TestSupport::dump(m_workspace->database()), before);
    const QList<SteeringGroup> groupsAfter = groups();
    QCOMPARE(groupsAfter.size(), 2);
    QCOMPARE(groupsAfter.first().name, u"Tổ 1"_s);
    QCOMPARE(groupsAfter.first().members.size(), groupsBefore.first().members.size());
    QCOMPARE(groupsAfter.first().unitIds, groupsBefore.first().unitIds);
    QTRY_COMPARE(list->model()->rowCount(), 2);
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"Tổ 1"_s);

    m_workspace->undoStack()->redo();
    QCOMPARE(groups().size(), 1);
    m_workspace->undoStack()->undo();
    QCOMPARE(TestSupport::dump(m_workspace->database()), before);
}

void TestSteering::filterFindsBothBinhAn_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("without accents") << u"binh an"_s;
    QTest::newRow("capitals") << u"BINH AN"_s;
    QTest::newRow("with accents") << u"bình an"_s;
    QTest::newRow("other order") << u"an bình"_s;
}

void TestSteering::filterFindsBothBinhAn()
{
    QFETCH(QString, query);
    addGroup(u"Tổ 1"_s);
    whenDialogShows(u"addUnitsDialog"_s, [query](QDialog *dialog) {
        auto *view = dialog->findChild<QTableView *>(u"unitPickerView"_s);
        auto *filter = dialog->findChild<QLineEdit *>(u"unitFilter"_s);
        QVERIFY(view && filter);
        new QAbstractItemModelTester(
            view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, dialog);
        QCOMPARE(view->model()->rowCount(), 161);
        typeText(filter, query);
        QCOMPARE(filter->text(), query);
        const QStringList expected{u"Phường An Bình"_s, u"Xã Bình An (Huyện Châu Thành)"_s,
                                   u"Xã Bình An (Huyện Kiên Lương)"_s};
        const auto shown = [view] {
            QStringList labels;
            for (int row = 0; row < view->model()->rowCount(); ++row)
                labels.append(view->model()->index(row, 0).data().toString());
            labels.sort();
            return labels;
        };
        QTRY_COMPARE(shown(), expected);
        // Check the Kiên Lương one by its box and take it.
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (index.data().toString() == expected.at(2))
                QVERIFY(view->model()->setData(index, Qt::Checked, Qt::CheckStateRole));
        }
        clickOk(dialog);
    });
    QTest::mouseClick(find<QPushButton>(u"addUnitsButton"_s), Qt::LeftButton);
    QVERIFY(!QTest::currentTestFailed());
    const QHash<qint64, qint64> assigned = assignments();
    QCOMPARE(assigned.size(), 1);
    QCOMPARE(assigned.value(TestSupport::unitIdOf(m_workspace->database(), u"30808"_s)),
             groupId(u"Tổ 1"_s));
}

void TestSteering::followedUnitOpens()
{
    addGroup(u"Tổ 1"_s);
    giveDistrict(u"Huyện Châu Thành"_s, 10);
    auto *followed = find<QTableView>(u"followedUnitView"_s);
    QTRY_COMPARE(followed->model()->rowCount(), 10);
    QSignalSpy activated(m_view, &SteeringView::unitActivated);
    int row = -1;
    for (int r = 0; r < followed->model()->rowCount(); ++r) {
        if (followed->model()->index(r, 1).data().toString() == u"30898"_s)
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex index = followed->model()->index(row, 0);
    followed->scrollTo(index);
    const QPoint centre = followed->visualRect(index).center();
    QVERIFY(followed->viewport()->rect().contains(centre));
    // A double click is a click and a second press: QTest's double click sends only the second.
    QTest::mouseClick(followed->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(activated.size(), 0);
    QTest::mouseDClick(followed->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(),
             TestSupport::unitIdOf(m_workspace->database(), u"30898"_s));
}

QTEST_MAIN(TestSteering)
#include "tst_steering.moc"
