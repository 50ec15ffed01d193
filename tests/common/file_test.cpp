// read_file: the whole file, or a clear error; a file over its bound is refused before it is read.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "common/file.h"

namespace billet {
namespace {

class ReadFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("read-file-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& bytes) {
    const auto path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  std::filesystem::path dir_;
};

TEST_F(ReadFile, TheWholeFileComesBackByteForByte) {
  const std::string bytes = std::string("a\0b\r\n", 5) + std::string(100000, 'x');
  auto read = read_file(write("f", bytes), 1 << 20);
  ASSERT_TRUE(read.ok()) << read.error().message;
  EXPECT_EQ(*read, bytes);
  EXPECT_EQ(*read_file(write("empty", ""), 10), "");
}

TEST_F(ReadFile, AMissingFileOrADirectoryIsUnreadable) {
  EXPECT_EQ(read_file((dir_ / "nope").string(), 10).error().code, "io.unreadable");
  EXPECT_EQ(read_file(dir_.string(), 10).error().code, "io.unreadable");
}

TEST_F(ReadFile, AFileOverItsBoundIsRefusedWithItsSize) {
  auto read = read_file(write("big", std::string(1001, 'x')), 1000);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().code, "io.too_large");
  EXPECT_NE(read.error().message.find("1001 bytes"), std::string::npos) << read.error().message;
  EXPECT_TRUE(read_file(write("exact", std::string(1000, 'x')), 1000).ok());
}

}  // namespace
}  // namespace billet
