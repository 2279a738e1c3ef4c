#pragma once

#include "Result.h"

class Database;

/// The Kiên Giang 2016-2020 example: the province, its 15 district-level units and 145
/// communes, imported from a register file in the program's resources through the same
/// import code as any other file; then the campaign of Công văn 1029-CV/TU with its
/// deadlines, Châu Thành's own deadline and the two pilots, as of 25/03/2020.
namespace ExampleData {

/// Builds the example into an open database, in one transaction. Returns the campaign's id.
Result<qint64> build(Database &database);

} // namespace ExampleData
