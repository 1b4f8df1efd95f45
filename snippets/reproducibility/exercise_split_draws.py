import torch

# One call for three numbers, or two calls for one and then two?
torch.manual_seed(0)
whole = torch.rand(3)
torch.manual_seed(0)
parts = torch.cat([torch.rand(1), torch.rand(2)])
print("rand equal: ", torch.equal(whole, parts))

# The same question for 16 normal samples, drawn as 16 or as 8 + 8.
torch.manual_seed(0)
whole = torch.randn(16)
torch.manual_seed(0)
parts = torch.cat([torch.randn(8), torch.randn(8)])
print("randn equal:", torch.equal(whole, parts))
print("whole[:3]:", whole[:3])
print("parts[:3]:", parts[:3])
