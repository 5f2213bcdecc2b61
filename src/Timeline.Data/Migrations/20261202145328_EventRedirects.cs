using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Timeline.Data.Migrations
{
    /// <inheritdoc />
    public partial class EventRedirects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EventRedirects",
                columns: table => new
                {
                    FromId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ToId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventRedirects", x => x.FromId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EventRedirects");
        }
    }
}
