#include "CampaignRepository.h"
#include "Database.h"
#include "ExampleFixture.h"
#include "Query.h"
#include "RowBatch.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// More rows than one statement takes on either engine (30,000 values, two to a row here),
// so that full statements and a last, shorter one are all run.
constexpr int manyRows = 20001;

QString keyOf(int i)
{
    return u"test.%1"_s.arg(i, 5, 10, QChar(u'0'));
}

// The test's settings (key → value), read back.
QHash<QString, QString> stored(Database &database)
{
    QHash<QString, QString> values;
    Query query(database, u"SELECT key, value FROM settings WHERE key LIKE 'test.%'"_s);
    if (auto done = query.exec(); !done) {
        qWarning("%s", qPrintable(done.error()));
        return values;
    }
    while (query.next())
        values.insert(query.text(0), query.text(1));
    if (auto done = query.finish(); !done)
        qWarning("%s", qPrintable(done.error()));
    return values;
}

} // namespace

/// RowBatch: many rows inserted and updated with one statement's shape, on a file and (as
/// tst_rowbatch_pg) on a PostgreSQL server, where many rows go to one statement.
class TestRowBatch : public QObject, private TestSupport::ExampleFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void insertsEveryRowInOrder();
    void updatesByKeyAndSaysWhichMatched();
    void valuesAreBoundNotRun();
    void typedBindsAsVariants();
};

void TestRowBatch::init()
{
    QVERIFY(openExample());
}

void TestRowBatch::cleanup()
{
    closeExample();
}

void TestRowBatch::insertsEveryRowInOrder()
{
    QList<QVariantList> rows;
    for (int i = 0; i < manyRows; ++i)
        rows.append({keyOf(i), u"giá trị %1"_s.arg(i)});
    Transaction transaction(*m_database);
    QVERIFY(transaction.begin());
    RowBatch insert =
        RowBatch::insert(*m_database, u"settings"_s, {u"key"_s, u"value"_s}, u"RETURNING key"_s);
    QStringList returned;
    const auto done =
        insert.run(rows, [&returned](const Query &row) { returned.append(row.text(0)); });
    QVERIFY2(done, qPrintable(done.error()));
    QCOMPARE(insert.rowsAffected(), qint64(manyRows));
    QCOMPARE(returned.size(), manyRows);
    returned.sort();
    QCOMPARE(returned.constFirst(), keyOf(0));
    QCOMPARE(returned.constLast(), keyOf(manyRows - 1));
    QVERIFY(transaction.commit());

    const QHash<QString, QString> values = stored(*m_database);
    QCOMPARE(values.size(), manyRows);
    for (const int i : {0, 1, 14999, 15000, 15001, manyRows - 1})
        QCOMPARE(values.value(keyOf(i)), u"giá trị %1"_s.arg(i));

    // A failure leaves the rest of the transaction to the caller, who rolls it all back.
    {
        Transaction failing(*m_database);
        QVERIFY(failing.begin());
        const auto again =
            RowBatch::insert(*m_database, u"settings"_s, {u"key"_s, u"value"_s}).run(rows);
        QVERIFY(!again);
    }
    QCOMPARE(stored(*m_database).size(), manyRows);
}

void TestRowBatch::updatesByKeyAndSaysWhichMatched()
{
    QList<QVariantList> rows;
    for (int i = 0; i < manyRows; ++i)
        rows.append({keyOf(i), u"cũ"_s});
    Transaction transaction(*m_database);
    QVERIFY(transaction.begin());
    QVERIFY(RowBatch::insert(*m_database, u"settings"_s, {u"key"_s, u"value"_s}).run(rows));

    // Every row changed, one key that is not there, and one key given twice: the later wins.
    QList<QVariantList> changes;
    for (int i = 0; i < manyRows; ++i)
        changes.append({keyOf(i), u"mới %1"_s.arg(i)});
    changes.insert(100, {u"test.missing"_s, u"không có"_s});
    changes.append({keyOf(7), u"sau cùng"_s});
    RowBatch update = RowBatch::update(*m_database, u"settings"_s, {{u"key"_s, u"text"_s}},
                                       {{u"value"_s, u"text"_s}});
    const auto done = update.run(changes);
    QVERIFY2(done, qPrintable(done.error()));
    QVERIFY(transaction.commit());

    QCOMPARE(update.matched().size(), changes.size());
    for (qsizetype i = 0; i < changes.size(); ++i)
        QCOMPARE(update.matched().at(i), i != 100);
    const QHash<QString, QString> values = stored(*m_database);
    QCOMPARE(values.size(), manyRows);
    QVERIFY(!values.contains(u"test.missing"_s));
    QCOMPARE(values.value(keyOf(0)), u"mới 0"_s);
    QCOMPARE(values.value(keyOf(7)), u"sau cùng"_s);
    QCOMPARE(values.value(keyOf(manyRows - 1)), u"mới %1"_s.arg(manyRows - 1));
}

void TestRowBatch::valuesAreBoundNotRun()
{
    const QStringList texts{u"'); DROP TABLE settings; --"_s, u"? ?, $1 \\' \"x\""_s,
                            u"Dân vận khéo"_s, QString()};
    QList<QVariantList> rows;
    for (int i = 0; i < texts.size(); ++i)
        rows.append({keyOf(i), texts.at(i)});
    Transaction transaction(*m_database);
    QVERIFY(transaction.begin());
    QVERIFY(RowBatch::insert(*m_database, u"settings"_s, {u"key"_s, u"value"_s}).run(rows));
    QList<QVariantList> changes;
    for (int i = 0; i < texts.size(); ++i)
        changes.append({keyOf(i), texts.at(texts.size() - 1 - i)});
    QVERIFY(RowBatch::update(*m_database, u"settings"_s, {{u"key"_s, u"text"_s}},
                             {{u"value"_s, u"text"_s}})
                .run(changes));
    QVERIFY(transaction.commit());
    const QHash<QString, QString> values = stored(*m_database);
    for (int i = 0; i < texts.size(); ++i)
        QCOMPARE(values.value(keyOf(i)), texts.at(texts.size() - 1 - i));
}

void TestRowBatch::typedBindsAsVariants()
{
    // The same values bound through QVariants and without them land alike.
    const QList<Conference> conferences =
        CampaignRepository(*m_database).conferences(m_campaignId).value();
    QVERIFY(conferences.size() >= 2);
    const Conference &first = conferences.at(0);
    const Conference &second = conferences.at(1);
    const QString sql =
        u"UPDATE conferences SET venue = ?, held_on = ?, attendees = ?, invited = ?, "
        "note = ?, chair = ? WHERE campaign_id = ? AND unit_id = ?"_s;
    const QString venue = u"Hội trường \"Ấp 3\" – xã"_s;
    const QDate held(2020, 5, 9);
    Transaction transaction(*m_database);
    QVERIFY(transaction.begin());
    Query variants(*m_database, sql);
    variants.bind({venue, Query::dateValue(held), qint64(95), QVariant(), QString(), u""_s,
                   m_campaignId, first.unitId});
    QVERIFY(variants.exec());
    QCOMPARE(variants.rowsAffected(), 1);
    Query typed(*m_database, sql);
    typed.bindString(0, venue)
        .bindDay(1, held)
        .bindInteger(2, 95)
        .bindNull(3)
        .bindString(4, QString())
        .bindString(5, u""_s)
        .bindInteger(6, m_campaignId)
        .bindInteger(7, second.unitId);
    QVERIFY(typed.exec());
    QCOMPARE(typed.rowsAffected(), 1);
    // An invalid day is NULL.
    typed.bindDay(1, QDate()).bindInteger(7, first.unitId);
    QVERIFY(typed.exec());
    QVERIFY(transaction.commit());

    const Conference byVariants =
        CampaignRepository(*m_database).conference(m_campaignId, first.unitId).value();
    const Conference byTypes =
        CampaignRepository(*m_database).conference(m_campaignId, second.unitId).value();
    QCOMPARE(byTypes.venue, venue);
    QCOMPARE(byTypes.heldOn, held);
    QCOMPARE(byTypes.attendees, 95);
    QCOMPARE(byTypes.invited, -1);
    QCOMPARE(byTypes.note, QString());
    QCOMPARE(byVariants.venue, byTypes.venue);
    QCOMPARE(byVariants.attendees, byTypes.attendees);
    QCOMPARE(byVariants.invited, byTypes.invited);
    QCOMPARE(byVariants.heldOn, QDate()); // the second statement's invalid day
    if (!m_database->isServer()) {
        // Stored with the same types: text, text, integer, NULL, text.
        Query types(*m_database,
                    u"SELECT typeof(venue), typeof(held_on), typeof(attendees), "
                    "typeof(invited), typeof(note), held_on FROM conferences "
                    "WHERE campaign_id = ? AND unit_id = ?"_s);
        QVERIFY(types.bind({m_campaignId, second.unitId}).exec());
        QVERIFY(types.next());
        QCOMPARE(types.text(0), u"text"_s);
        QCOMPARE(types.text(1), u"text"_s);
        QCOMPARE(types.text(2), u"integer"_s);
        QCOMPARE(types.text(3), u"null"_s);
        QCOMPARE(types.text(4), u"text"_s);
        QCOMPARE(types.text(5), u"2020-05-09"_s);
        QVERIFY(types.finish());
    }
}

QTEST_GUILESS_MAIN(TestRowBatch)
#include "tst_rowbatch.moc"
