using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Timeline.Data.Migrations
{
    /// <inheritdoc />
    public partial class CountsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_Date_LastDay",
                table: "Events");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Date_LastDay_Type_Rejected",
                table: "Events",
                columns: new[] { "Date", "LastDay", "Type", "Rejected" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_Date_LastDay_Type_Rejected",
                table: "Events");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Date_LastDay",
                table: "Events",
                columns: new[] { "Date", "LastDay" });
        }
    }
}
