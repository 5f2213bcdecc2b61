BEGIN TRANSACTION;
DROP INDEX "IX_Events_Date_LastDay";

CREATE INDEX "IX_Events_Date_LastDay_Type_Rejected" ON "Events" ("Date", "LastDay", "Type", "Rejected");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203110229_CountsIndex', '10.0.5');

COMMIT;

