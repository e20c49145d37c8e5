using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Summit.Data.Migrations
{
    /// <summary>
    /// Sign-in is throttled per client and per account instead of locking accounts, which let anyone keep an
    /// organizer out with wrong passwords: existing accounts stop taking part in Identity's lockout.
    /// </summary>
    public partial class DisableAccountLockout : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"AspNetUsers\" SET \"LockoutEnabled\" = 0, \"LockoutEnd\" = NULL, \"AccessFailedCount\" = 0;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"AspNetUsers\" SET \"LockoutEnabled\" = 1;");
        }
    }
}
