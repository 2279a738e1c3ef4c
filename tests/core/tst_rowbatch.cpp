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
    QVERIFY(conferences.size() >= 3);
    const qint64 byVariants = conferences.at(0).unitId;
    const qint64 byTypes = conferences.at(1).unitId;
    const qint64 withoutDay = conferences.at(2).unitId;
    const QString sql =
        u"UPDATE conferences SET venue = ?, held_on = ?, attendees = ?, invited = ?, "
        "note = ?, chair = ? WHERE campaign_id = ? AND unit_id = ?"_s;
    const QString venue = u"Hội trường \"Ấp 3\" – xã"_s;
    const QDate held(2020, 5, 9);
    Transaction transaction(*m_database);
    QVERIFY(transaction.begin());
    Query variants(*m_database, sql);
    variants.bind({venue, Query::dateValue(held), qint64(95), QVariant(), QString(), u""_s,
                   m_campaignId, byVariants});
    QVERIFY(variants.exec());
    QCOMPARE(variants.rowsAffected(), 1);
    Query typed(*m_database, sql);
    // A position bound as a day, then as a longer text, then as a day again.
    typed.bindDay(0, held).bindString(0, u"Nhà văn hóa ấp Phước Lợi, xã Long Hòa"_s);
    typed.bindString(1, u"một chuỗi dài hơn mười ký tự"_s);
    typed.bindString(0, venue)
        .bindDay(1, held)
        .bindInteger(2, 95)
        .bindNull(3)
        .bindString(4, QString())
        .bindString(5, u""_s)
        .bindInteger(6, m_campaignId)
        .bindInteger(7, byTypes);
    QVERIFY(typed.exec());
    QCOMPARE(typed.rowsAffected(), 1);
    // An invalid day is NULL; a unit that does not take part changes no row.
    typed.bindDay(1, QDate()).bindInteger(7, withoutDay);
    QVERIFY(typed.exec());
    QCOMPARE(typed.rowsAffected(), 1);
    typed.bindInteger(7, -1);
    QVERIFY(typed.exec());
    QCOMPARE(typed.rowsAffected(), 0);
    QVERIFY(transaction.commit());

    CampaignRepository campaigns(*m_database);
    const Conference first = campaigns.conference(m_campaignId, byVariants).value();
    const Conference second = campaigns.conference(m_campaignId, byTypes).value();
    QCOMPARE(second.venue, venue);
    QCOMPARE(second.heldOn, held);
    QCOMPARE(second.attendees, 95);
    QCOMPARE(second.invited, -1);
    QCOMPARE(second.note, QString());
    QCOMPARE(Conference::differences(first, second), Conference::Fields());
    QCOMPARE(first.chair, second.chair);
    QCOMPARE(campaigns.conference(m_campaignId, withoutDay).value().heldOn, QDate());
    if (!m_database->isServer()) {
        // Stored alike, value and type, column by column.
        const auto row = [this](qint64 unitId) {
            Query query(*m_database,
                        u"SELECT typeof(venue), typeof(held_on), typeof(attendees), "
                        "typeof(invited), typeof(note), typeof(chair), venue, held_on, attendees, "
                        "note, chair FROM conferences WHERE campaign_id = ? AND unit_id = ?"_s);
            QStringList values;
            if (query.bind({m_campaignId, unitId}).exec() && query.next()) {
                for (int column = 0; column < 11; ++column)
                    values.append(query.text(column));
            }
            query.finish();
            return values;
        };
        const QStringList stored = row(byTypes);
        QCOMPARE(stored.size(), 11);
        QCOMPARE(
            stored.mid(0, 6),
            (QStringList{u"text"_s, u"text"_s, u"integer"_s, u"null"_s, u"text"_s, u"text"_s}));
        QCOMPARE(stored.at(7), u"2020-05-09"_s);
        QCOMPARE(row(byVariants), stored);
    }
}

QTEST_GUILESS_MAIN(TestRowBatch)
#include "tst_rowbatch.moc"
