BEGIN TRANSACTION;
DROP INDEX "IX_Events_Date_LastDay";

CREATE INDEX "IX_Events_Date_LastDay_Type_Rejected_Id" ON "Events" ("Date", "LastDay", "Type", "Rejected", "Id");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203100905_CountsIndex', '10.0.5');

COMMIT;

