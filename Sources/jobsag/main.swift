print("jobsag")
